package org.factcheck.claim;

import org.factcheck.base.Refusal;

/**
 * Where a quote sits in a text, as W3C Web Annotation anchors it: the exact quote with a little
 * context on each side (TextQuoteSelector) and its start and end offsets (TextPositionSelector).
 * Offsets count Unicode code points, as PostgreSQL's {@code substring} does; the end is exclusive.
 */
public record QuoteAnchor(String quote, int start, int end, String prefix, String suffix) {

    /** Code points of context kept on each side of a quote. */
    public static final int CONTEXT_LENGTH = 32;

    /** What looking for a quote in a text found. */
    public sealed interface Lookup {
    }

    public record Found(QuoteAnchor anchor) implements Lookup {
    }

    public record NotFound() implements Lookup {
    }

    public record Ambiguous(int occurrences) implements Lookup {
    }

    /** Finds the quote verbatim in the text; it anchors only if it occurs exactly once. */
    public static Lookup locate(String text, String quote) {
        if (quote == null || quote.isEmpty()) {
            return new NotFound();
        }
        int first = text.indexOf(quote);
        if (first < 0) {
            return new NotFound();
        }
        int occurrences = 1;
        for (int next = text.indexOf(quote, first + 1); next >= 0; next = text.indexOf(quote, next + 1)) {
            occurrences++;
        }
        if (occurrences > 1) {
            return new Ambiguous(occurrences);
        }
        return new Found(at(text, first, quote));
    }

    /**
     * The anchor of whatever lies between two code-point offsets of the text, such as a reviewer's
     * selection in the reader; the quote may occur elsewhere too, the offsets say which one is meant.
     */
    public static QuoteAnchor between(String text, int start, int end) {
        int length = text.codePointCount(0, text.length());
        if (start < 0 || end > length || start >= end) {
            throw new Refusal("The selection " + start + "–" + end
                    + " is not a stretch of this text (it has " + length + " characters).");
        }
        int index = text.offsetByCodePoints(0, start);
        return at(text, index, text.substring(index, text.offsetByCodePoints(index, end - start)));
    }

    /**
     * The anchor of the quote that starts at this UTF-16 index of the text, for callers that know
     * where they put it (as the synthetic data generator does) and need no search.
     */
    public static QuoteAnchor at(String text, int index, String quote) {
        int start = text.codePointCount(0, index);
        int end = start + quote.codePointCount(0, quote.length());
        int endIndex = index + quote.length();
        int prefixIndex = text.offsetByCodePoints(index, -Math.min(CONTEXT_LENGTH, start));
        int suffixIndex = text.offsetByCodePoints(endIndex,
                Math.min(CONTEXT_LENGTH, text.codePointCount(endIndex, text.length())));
        return new QuoteAnchor(quote, start, end, text.substring(prefixIndex, index), text.substring(endIndex, suffixIndex));
    }
}
