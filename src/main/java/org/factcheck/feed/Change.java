package org.factcheck.feed;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.List;

/**
 * One record of the corrections log: a publication, a correction or a retraction, as the public was
 * shown it, with the hashes that chain it to the records before it (V131). Anyone can recompute them
 * from these fields alone: see tools/verify-corrections-log.py.
 */
@Schema(description = "A publication, correction or retraction, hash-chained to the records before it")
public record Change(
        @Schema(description = "Position in the desk's log: increasing, in the order the records were committed") long sequence,
        @Schema(allowableValues = {"PUBLISHED", "CORRECTED", "RETRACTED"}) String kind,
        @JsonProperty("fact_check_id") long factCheckId,
        @Schema(description = "The fact-check's page") URI url,
        @JsonProperty("recorded_at") @Schema(description = "UTC, to the microsecond, exactly as hashed", example = "2026-11-21T09:30:00.123456Z")
        String recordedAt,
        String headline,
        @Schema(description = "The rating label at this point") String rating,
        String rationale,
        @Schema(description = "The public correction or retraction note; null for a first publication", nullable = true) String note,
        @JsonProperty("content_sha256") @Schema(description = "SHA-256 (hex) of the record's content, encoded as the README describes")
        String contentSha256,
        @JsonProperty("previous_sha256") @Schema(description = "sha256 of the record before this one across the desk; null for the first", nullable = true)
        String previousSha256,
        @JsonProperty("previous_in_fact_check_sha256")
        @Schema(description = "sha256 of the record before this one on the same fact-check; null for its first", nullable = true)
        String previousInFactCheckSha256,
        @Schema(description = "SHA-256 (hex) of previous_sha256, previous_in_fact_check_sha256 and content_sha256, each followed by a newline but the last")
        String sha256) {

    /** A page of the log, oldest first. {@code next_cursor} is never null: keep it to ask for what comes later. */
    @Schema(name = "ChangePage")
    public record Page(
            List<Change> items,
            @JsonProperty("next_cursor") @Schema(description = "Pass as cursor for the records after these; given even on the last page, to poll with")
            String nextCursor,
            @Schema(description = "Whether more records follow right now") boolean more) {
    }
}
