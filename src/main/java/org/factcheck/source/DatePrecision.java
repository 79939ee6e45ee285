package org.factcheck.source;

import java.time.LocalDate;

/** How much of a published date is known: a source may be dated only to the month or year. */
public enum DatePrecision {
    DAY, MONTH, YEAR, UNKNOWN;

    /** The date as far as this precision knows it: "2021-08-05", "2021-08", "2021" or "unknown". */
    public String format(LocalDate date) {
        if (date == null) {
            return "unknown";
        }
        return switch (this) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> String.valueOf(date.getYear());
            case UNKNOWN -> "unknown";
        };
    }
}
