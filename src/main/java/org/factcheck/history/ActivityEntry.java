package org.factcheck.history;

import java.time.Instant;

/** One record changed in one revision, for the activity log, with the route of the page showing it. */
public record ActivityEntry(long revision, Instant revisedAt, String reviewer, String reason, RecordType type,
        long recordId, ChangeKind change, String page) {
}
