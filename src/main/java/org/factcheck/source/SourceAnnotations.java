package org.factcheck.source;

import java.util.List;

/**
 * What other features mark in a source's text, and what they do with a reader's selection. The
 * claim feature implements it (claims build on sources, so sources cannot call claims directly).
 */
public interface SourceAnnotations {

    /** The highlights in the source's text, in text order. */
    List<TextHighlight> highlightsIn(long sourceId);

    /** What was anchored to the source's text but is not found exactly once in its current text. */
    List<BrokenAnchor> brokenAnchorsIn(long sourceId);

    /** Starts creating a claim anchored at exactly this stretch of the source's text. */
    void annotateSelection(Source source, int start, int end);
}
