package org.factcheck.importing;

import java.time.Instant;

/** An imported source with candidates still to decide: how many of how many, who imported it and when. */
public record InboxEntry(long sourceId, String title, String outlet, String importedBy, Instant importedAt, long toDecide,
        long candidates) {
}
