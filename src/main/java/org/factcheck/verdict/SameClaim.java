package org.factcheck.verdict;

import java.util.List;
import java.util.stream.Stream;
import org.factcheck.claim.ClaimService;
import org.factcheck.claim.ClusteredClaim;
import org.factcheck.matching.KnownClaim;
import org.factcheck.matching.KnownClaims;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The claim page's "Same claim elsewhere", for its section and for scripts: the claims a reviewer confirmed
 * as stating the same (the cluster), and the known claims that match it, leaving out that cluster and the
 * pairs a reviewer rejected. It lives with the verdicts because the claim feature cannot see the matching.
 */
@Service
@PreAuthorize("hasRole('REVIEWER')")
public class SameClaim {

    private final ClaimService claims;
    private final KnownClaims knownClaims;

    SameClaim(ClaimService claims, KnownClaims knownClaims) {
        this.claims = claims;
        this.knownClaims = knownClaims;
    }

    /** @param suggestions at most {@link KnownClaims#SUGGESTED}, best first */
    public record Found(List<ClusteredClaim> cluster, List<KnownClaim> suggestions) {
    }

    public Found of(long claimId) {
        List<ClusteredClaim> cluster = claims.sameClaimElsewhere(claimId);
        List<Long> leaveOut = Stream.concat(cluster.stream().map(ClusteredClaim::claimId),
                claims.rejectedAsSameClaim(claimId).stream()).toList();
        return new Found(cluster, knownClaims.sameClaimAs(claimId, leaveOut));
    }
}
