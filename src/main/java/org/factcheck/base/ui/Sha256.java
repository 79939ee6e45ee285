package org.factcheck.base.ui;

import com.vaadin.flow.component.html.Span;

/**
 * A SHA-256 shown in full, in a monospace face, selected whole with one click so that it can be
 * copied and checked against the document a reader holds.
 */
public final class Sha256 {

    private Sha256() {
    }

    public static Span of(String hex) {
        Span fingerprint = new Span(hex);
        fingerprint.addClassName("sha256");
        fingerprint.getElement().setAttribute("title", "SHA-256 of the text's UTF-8 bytes: click to select, then copy");
        return fingerprint;
    }
}
