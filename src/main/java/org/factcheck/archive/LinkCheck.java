package org.factcheck.archive;

import java.time.Instant;

/**
 * What the link watch found when it last checked an item of evidence's live page.
 *
 * @param problem null when the page answered and still holds the quote
 * @param detail the words for the reviewer ("The page answered 404.")
 * @param flaggedSince when the problem was first seen, while it lasts
 */
public record LinkCheck(long evidenceId, String url, Instant checkedAt, Integer httpStatus, Problem problem,
        String detail, Instant flaggedSince) {

    public enum Problem {
        /** The server answered 4xx or 5xx. */
        GONE,
        /** No answer: the host is unknown, the server timed out or refused. */
        UNREACHABLE,
        /** The page is there but no longer contains the quote the verdict relies on. */
        QUOTE_MISSING
    }

    public boolean flagged() {
        return problem != null;
    }
}
