package org.factcheck.source;

/**
 * Something anchored to a source's text whose quote no longer occurs exactly once in the current
 * text, so it is not highlighted anywhere; with the title and route of what it belongs to.
 */
public record BrokenAnchor(long id, String quote, String title, String route) {
}
