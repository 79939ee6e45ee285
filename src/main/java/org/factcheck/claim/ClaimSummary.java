package org.factcheck.claim;

import java.time.Instant;
import java.time.LocalDate;

/** A claim as a list shows it, with the rating and status of its verdict, if it has one, and when it is due. */
public record ClaimSummary(long id, String text, Long claimantId, String claimant, LocalDate claimDate, ClaimStatus status,
        CheckWorthiness checkWorthiness, String rating, String verdictStatus, int appearances, Instant updatedAt,
        LocalDate dueDate) {

    /** Due before today and not finished ({@link Overdue}). */
    public boolean overdue() {
        return Overdue.isOverdue(dueDate, status);
    }
}
