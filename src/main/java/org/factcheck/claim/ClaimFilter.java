package org.factcheck.claim;

/**
 * What the claims grid shows: every field optional. {@code rating} is a rating label of the
 * verdict on the claim; {@code text} matches the claim's text; {@code assignee} is a username.
 */
public record ClaimFilter(String text, ClaimStatus status, String rating, Long entityId, Long sourceId,
        CheckWorthiness checkWorthiness, String assignee) {

    public static ClaimFilter none() {
        return new ClaimFilter(null, null, null, null, null, null, null);
    }

    /** The claims assigned to this reviewer (by username). */
    public static ClaimFilter assignedTo(String username) {
        return new ClaimFilter(null, null, null, null, null, null, username);
    }
}
