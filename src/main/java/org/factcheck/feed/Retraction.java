package org.factcheck.feed;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** The desk's withdrawal of a verdict it had published: when, and the public note saying why it no longer stands. */
public record Retraction(@JsonProperty("retracted_at") Instant at, @JsonProperty("retraction_note") String note) {
}
