package org.factcheck.claim;

import java.time.Instant;
import java.time.LocalDate;

/** A claim as a list shows it, with the rating and status of its verdict, if it has one. */
public record ClaimSummary(long id, String text, Long claimantId, String claimant, LocalDate claimDate, ClaimStatus status,
        CheckWorthiness checkWorthiness, String rating, String verdictStatus, int appearances, Instant updatedAt) {
}
