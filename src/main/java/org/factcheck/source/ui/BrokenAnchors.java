package org.factcheck.source.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.factcheck.source.BrokenAnchor;

/** The appearances the source's text no longer holds exactly once: listed with their claims, never highlighted. */
class BrokenAnchors extends Div {

    BrokenAnchors(List<BrokenAnchor> broken) {
        addClassName("broken-anchors");
        add(new H3("Anchors broken (" + broken.size() + ")"), new Paragraph("The quote no longer occurs "
                + "exactly once in the current text, so these are not highlighted. Open the claim to anchor it again."));
        for (BrokenAnchor anchor : broken) {
            Span quote = new Span("“" + anchor.quote() + "”");
            quote.addClassName("quote");
            add(new Div(quote, new Span(" · "), new Anchor(anchor.route(), anchor.title())));
        }
    }
}
