package org.factcheck.matching;

import java.util.List;

/**
 * What an import of ClaimReview did: how many fact-checks were added and updated (the same url again),
 * and each refused item with the reason.
 */
public record ClaimReviewImport(int added, int updated, List<Refusal> refused) {

    /** An item left out: its position in the body (from 1), its url if it had one, and what is wrong with it. */
    public record Refusal(int item, String url, String reason) {
    }
}
