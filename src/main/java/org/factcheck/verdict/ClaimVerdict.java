package org.factcheck.verdict;

/** Where the verdict on a claim stands, as a list of claims shows it. */
public record ClaimVerdict(long claimId, String rating, VerdictStatus status) {
}
