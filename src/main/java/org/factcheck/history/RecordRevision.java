package org.factcheck.history;

import java.time.Instant;

/** One revision of one record: when, by whom, why, and whether it added, changed or deleted it. */
public record RecordRevision(Class<?> type, long recordId, long revision, Instant revisedAt, String reviewer,
        String reason, ChangeKind change) {

    /** "Claim 12", "Evidence 7". */
    public String record() {
        return RecordType.of(type).map(RecordType::label).orElse(type.getSimpleName()) + " " + recordId;
    }

    public boolean isOf(RecordRevision other) {
        return type.equals(other.type) && recordId == other.recordId;
    }
}
