package org.factcheck.source;

/** Published inside the transaction that adds a source, with its text, for features that index texts. */
public record SourceAdded(long sourceId, String fullText) {
}
