package org.factcheck.history;

import java.time.LocalDate;

/** What the activity log shows: every field optional; the dates bound the day of the change (UTC), inclusive. */
public record ActivityFilter(String reviewer, RecordType type, LocalDate from, LocalDate to) {

    public static ActivityFilter none() {
        return new ActivityFilter(null, null, null, null);
    }
}
