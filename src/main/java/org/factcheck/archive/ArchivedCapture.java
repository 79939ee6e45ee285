package org.factcheck.archive;

import java.time.Instant;

/** One taking of a copy: the page it was taken of, where it ended up, and whether the quote is in it. */
public record ArchivedCapture(long id, String url, String finalUrl, int httpStatus, String sha256,
        String contentType, Instant takenAt, String takenBy, boolean uploaded, Boolean quoteFound) {
}
