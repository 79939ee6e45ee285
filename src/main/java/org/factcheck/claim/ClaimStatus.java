package org.factcheck.claim;

import java.util.Arrays;
import java.util.List;

/**
 * Where a claim stands in the desk's work, in the order of that work. Without a verdict a reviewer
 * sets it; once the claim has a verdict it is the verdict's (draft, in review, published, retracted),
 * kept by the database whenever the verdict changes (V140), and no form can set it.
 */
public enum ClaimStatus {
    UNREVIEWED(false), IN_PROGRESS(false), DRAFT_VERDICT(true), IN_REVIEW(true), PUBLISHED(true), RETRACTED(true),
    REVIEWED(false), DISMISSED(false);

    private final boolean followsVerdict;

    ClaimStatus(boolean followsVerdict) {
        this.followsVerdict = followsVerdict;
    }

    /** Whether this status comes from the claim's verdict rather than from a reviewer. */
    public boolean followsVerdict() {
        return followsVerdict;
    }

    /**
     * Whether the desk's work on the claim is done: its fact-check published or retracted, or the claim
     * reviewed or dismissed without one. A finished claim is never overdue.
     */
    public boolean finished() {
        return this == PUBLISHED || this == RETRACTED || this == REVIEWED || this == DISMISSED;
    }

    /** The statuses a reviewer may give a claim that has no verdict. */
    public static List<ClaimStatus> setByHand() {
        return Arrays.stream(values()).filter(status -> !status.followsVerdict).toList();
    }
}
