package org.factcheck.source;

/**
 * A source got a new text version. Published inside the transaction that replaced the text, so
 * what features anchor to the text (claim appearances) is checked again before it commits.
 */
public record SourceTextReplaced(long sourceId, String newText) {
}
