package org.factcheck.claim;

/** Where a claim stands in the desk's work. */
public enum ClaimStatus {
    UNREVIEWED, IN_PROGRESS, REVIEWED, DISMISSED
}
