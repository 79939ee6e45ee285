package org.factcheck.verdict;

import org.factcheck.claim.PublishedClaims;
import org.springframework.stereotype.Component;

/** A claim is public while its verdict is published (a retracted one shows only its retraction). */
@Component
class PublishedVerdicts implements PublishedClaims {

    private final VerdictRepository verdicts;

    PublishedVerdicts(VerdictRepository verdicts) {
        this.verdicts = verdicts;
    }

    @Override
    public boolean isPublished(long claimId) {
        return verdicts.existsByClaimIdAndStatus(claimId, VerdictStatus.PUBLISHED);
    }
}
