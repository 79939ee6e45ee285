package org.factcheck.source;

/**
 * A stretch of a source's text that the reader highlights (code-point offsets, end exclusive), with
 * a title shown on hover and the app route it opens when clicked.
 */
public record TextHighlight(long id, int start, int end, String title, String route) {
}
