package org.factcheck.verdict.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.factcheck.base.ui.Labels;
import org.factcheck.verdict.VerdictPublication;

/** Every version of a verdict the public was shown, newest first; earlier ones folded but readable. */
class PublishedVersions extends Div {

    PublishedVersions(List<VerdictPublication> versions) {
        addClassName("published-versions");
        add(new H3("Published versions (" + versions.size() + ")"));
        for (VerdictPublication version : versions.reversed()) {
            Div body = new Div(new Paragraph(version.getRationale()));
            version.getEvidence().forEach(item -> body.add(new Div(Labels.of(item.stance()) + ": " + item.citation())));
            Details details = new Details(new Span("Version " + version.getVersionNumber() + " · " + version.getRatingLabel()
                    + " · published by " + version.getPublishedBy() + ", " + Labels.of(version.getPublishedAt())), body);
            details.setOpened(version == versions.getLast());
            if (version.getCorrectionNote() != null) {
                Div note = new Div("Correction: " + version.getCorrectionNote());
                note.addClassName("correction-note");
                add(note);
            }
            add(details);
        }
    }
}
