package org.factcheck.claim;

/**
 * Whether readers see a claim in a published fact-check. The verdict feature answers it (claims know
 * nothing of verdicts); the claim's service uses it so that what the public reads changes only
 * through the verdict's correction workflow.
 */
public interface PublishedClaims {

    boolean isPublished(long claimId);
}
