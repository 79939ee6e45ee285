package org.factcheck.claim;

import java.time.Instant;
import java.time.LocalDate;

/** A claim as a list shows it. */
public record ClaimSummary(long id, String text, String claimant, LocalDate claimDate, ClaimStatus status,
        CheckWorthiness checkWorthiness, int appearances, Instant updatedAt) {
}
