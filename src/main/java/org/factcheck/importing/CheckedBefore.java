package org.factcheck.importing;

/** A known claim that a candidate sentence may state again: how alike they are, from 0 to 1. */
public record CheckedBefore(long claimId, String text, double similarity) {
}
