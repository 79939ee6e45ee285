package org.factcheck.source.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.factcheck.base.ui.Labels;
import org.factcheck.base.ui.Sha256;
import org.factcheck.source.Source;
import org.factcheck.source.SourceTextVersion;

/** The current text's version and fingerprint, and every earlier text, readable in a dialog. */
class TextVersions extends Div {

    TextVersions(Source current, List<SourceTextVersion> earlier) {
        addClassName("text-versions");
        add(new H3("Text versions"));
        add(new Div(new Span("Version " + (earlier.size() + 1) + " (current) · SHA-256 "), Sha256.of(current.getSha256())));
        for (SourceTextVersion version : earlier.reversed()) {
            Button read = new Button("Read", click -> read(version));
            read.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            add(new Div(new Span("Version " + version.getVersionNumber() + " · replaced by " + version.getReplacedBy()
                    + ", " + Labels.of(version.getReplacedAt()) + ": " + version.getReason() + " · SHA-256 "),
                    Sha256.of(version.getSha256()), read));
        }
    }

    private static void read(SourceTextVersion version) {
        Dialog reading = new Dialog();
        reading.setHeaderTitle("Version " + version.getVersionNumber() + ", replaced " + Labels.of(version.getReplacedAt()));
        reading.setWidth("min(900px, 95vw)");
        Div earlierText = new Div();
        earlierText.addClassName("source-text");
        ReaderText.render(earlierText, version.getFullText(), List.of());
        reading.add(earlierText);
        reading.getFooter().add(new Button("Close", click -> reading.close()));
        reading.open();
    }
}
