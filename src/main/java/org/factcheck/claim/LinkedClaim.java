package org.factcheck.claim;

/** Another claim linked to the one at hand ({@code linkId} is the link's), how, and the reviewer's note on it. */
public record LinkedClaim(long linkId, long claimId, String text, ClaimLink.Kind kind, String note) {
}
