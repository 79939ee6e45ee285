package org.factcheck.verdict;

/** Where a verdict stands: only PUBLISHED verdicts are ever shown to the public. */
public enum VerdictStatus {
    DRAFT, IN_REVIEW, PUBLISHED, RETRACTED
}
