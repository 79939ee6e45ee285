package org.factcheck.history;

import java.time.Instant;

/**
 * What one revision did to the record one page shows, for the activity log: the record itself (its
 * kind, id, name then and change) and, in a word, the records that belong to it and changed with it
 * ("31 aliases added"), so an entity saved with its aliases is one line, not thirty-two.
 */
public record ActivityEntry(long revision, Instant revisedAt, String reviewer, String reason, RecordType type,
        long recordId, String name, ChangeKind change, String alsoChanged, String page) {
}
