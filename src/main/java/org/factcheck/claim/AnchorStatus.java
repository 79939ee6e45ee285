package org.factcheck.claim;

/**
 * Whether an appearance's offsets point at its quote in the source's current text. BROKEN after a
 * new text version in which the quote no longer occurs exactly once: then it is never highlighted.
 */
public enum AnchorStatus {
    ANCHORED, BROKEN
}
