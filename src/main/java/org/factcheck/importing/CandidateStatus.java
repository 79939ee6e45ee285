package org.factcheck.importing;

/** Where a candidate claim stands: proposed, or decided by a reviewer once and for all. */
public enum CandidateStatus {
    PROPOSED, ACCEPTED, DISMISSED
}
