package org.factcheck.source.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.factcheck.base.ui.Labels;
import org.factcheck.base.ui.Sha256;
import org.factcheck.source.Source;

/** Where a source comes from: outlet, author, date, language, web address, who entered it, and its fingerprint. */
class SourceDetails extends Div {

    SourceDetails(Source source) {
        addClassName("source-details");
        detail("Outlet", source.getOutlet());
        detail("Author", source.getAuthor());
        detail("Published", source.published());
        detail("Language", source.getLanguage()
                + (source.getOriginalLanguage() == null ? "" : " (translated from " + source.getOriginalLanguage() + ")"));
        if (source.getUrl() != null) {
            add(new Span("Web address: "), new Anchor(source.getUrl(), source.getUrl()));
        }
        detail("Entered", Labels.of(source.getOrigin()) + " by " + source.getEnteredBy() + ", "
                + Labels.of(source.getEnteredAt()));
        add(new Span(new Span("SHA-256: "), Sha256.of(source.getSha256())));
    }

    /** A detail the source has; one it lacks is left out rather than shown empty. */
    private void detail(String label, String value) {
        if (value != null && !value.isBlank()) {
            Span line = new Span(label + ": " + value);
            line.addClassName("source-detail");
            add(line);
        }
    }
}
