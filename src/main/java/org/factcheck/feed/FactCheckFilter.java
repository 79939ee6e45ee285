package org.factcheck.feed;

import java.time.Instant;

/** Which published fact-checks a reader asked for; a null part does not filter. */
record FactCheckFilter(Long ratingId, Long entityId, Long sourceId, Instant updatedSince, String text) {

    static final FactCheckFilter NONE = new FactCheckFilter(null, null, null, null, null);
}
