package org.factcheck.verdict;

/** How many verdicts carry a rating. */
public record RatingCount(String rating, long verdicts) {
}
