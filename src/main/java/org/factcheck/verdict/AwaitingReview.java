package org.factcheck.verdict;

import java.time.Instant;

/** A verdict waiting for an editor: the claim it rates, its rating, who wrote it, since when. */
public record AwaitingReview(long claimId, String claim, String rating, String author, Instant since) {
}
