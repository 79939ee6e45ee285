package org.factcheck.claim;

import java.util.List;
import java.util.function.LongFunction;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A claim that may state the same thing as the one at hand, for a reviewer to confirm or reject:
 * how alike the two texts are (pg_trgm similarity, 0–1), and how many entities and numbers they share.
 */
public record SameClaimSuggestion(long claimId, String text, String sources, double similarity, int sharedEntities,
        int sharedNumbers) {

    /** The suggestions for a claim, on a database outside the app: for bench/search, which times this SQL. */
    public static LongFunction<List<SameClaimSuggestion>> over(JdbcClient jdbc) {
        return new ClaimClusters(jdbc)::suggestionsFor;
    }
}
