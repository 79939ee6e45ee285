package org.factcheck.claim;

/** Another claim linked to the one at hand, and how. */
public record LinkedClaim(long claimId, String text, ClaimLink.Kind kind) {
}
