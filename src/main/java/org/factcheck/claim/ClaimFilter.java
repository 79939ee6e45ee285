package org.factcheck.claim;

import java.time.LocalDate;

/**
 * What the claims grid shows: every field optional. {@code rating} is a rating label of the
 * verdict on the claim; {@code text} matches the claim's text; {@code assignee} is a username;
 * {@code claimedFrom} and {@code claimedTo} bound the claim date, both inclusive; {@code overdue} keeps
 * only the {@linkplain Overdue overdue} claims.
 */
public record ClaimFilter(String text, ClaimStatus status, String rating, Long entityId, Long sourceId,
        CheckWorthiness checkWorthiness, String assignee, LocalDate claimedFrom, LocalDate claimedTo, boolean overdue) {

    /** Any claims, overdue or not. */
    public ClaimFilter(String text, ClaimStatus status, String rating, Long entityId, Long sourceId,
            CheckWorthiness checkWorthiness, String assignee, LocalDate claimedFrom, LocalDate claimedTo) {
        this(text, status, rating, entityId, sourceId, checkWorthiness, assignee, claimedFrom, claimedTo, false);
    }

    /** The same claims, only those overdue. */
    public ClaimFilter onlyOverdue() {
        return new ClaimFilter(text, status, rating, entityId, sourceId, checkWorthiness, assignee, claimedFrom, claimedTo, true);
    }

    public static ClaimFilter none() {
        return new ClaimFilter(null, null, null, null, null, null, null, null, null);
    }

    /** The claims whose text matches these words. */
    public static ClaimFilter withText(String words) {
        return new ClaimFilter(words, null, null, null, null, null, null, null, null);
    }

    /** The claims with this status. */
    public static ClaimFilter withStatus(ClaimStatus status) {
        return new ClaimFilter(null, status, null, null, null, null, null, null, null);
    }

    /** The claims whose verdict has this rating (a label). */
    public static ClaimFilter withRating(String rating) {
        return new ClaimFilter(null, null, rating, null, null, null, null, null, null);
    }

    /** The claims assigned to this reviewer (by username). */
    public static ClaimFilter assignedTo(String username) {
        return new ClaimFilter(null, null, null, null, null, null, username, null, null);
    }
}
