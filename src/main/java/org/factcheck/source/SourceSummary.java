package org.factcheck.source;

import java.time.LocalDate;

/** A source as a list shows it, without its full text. */
public record SourceSummary(long id, String title, String outlet, LocalDate publishedOn, DatePrecision publishedOnPrecision,
        String language, SourceOrigin origin) {

    /** The published date as far as it is known: "2021-08-05", "2021-08", "2021" or "unknown". */
    public String published() {
        return publishedOnPrecision.format(publishedOn);
    }
}
