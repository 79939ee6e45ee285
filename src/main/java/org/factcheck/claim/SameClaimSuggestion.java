package org.factcheck.claim;

/**
 * A claim that may state the same thing as the one at hand, for a reviewer to confirm or reject:
 * how alike the two texts are (pg_trgm similarity, 0–1), and how many entities and numbers they share.
 */
public record SameClaimSuggestion(long claimId, String text, String sources, double similarity, int sharedEntities,
        int sharedNumbers) {
}
