package org.factcheck.claim;

/** A claim of a cluster, with the titles of the sources it appears in. */
public record ClusteredClaim(long claimId, String text, String sources) {
}
