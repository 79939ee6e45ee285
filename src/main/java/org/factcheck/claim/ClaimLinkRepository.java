package org.factcheck.claim;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClaimLinkRepository extends JpaRepository<ClaimLink, Long> {

    @Query("""
            select new org.factcheck.claim.LinkedClaim(
                l.id,
                case when l.claim.id = :claimId then l.otherClaim.id else l.claim.id end,
                case when l.claim.id = :claimId then l.otherClaim.text else l.claim.text end,
                l.kind, l.note)
            from ClaimLink l where l.claim.id = :claimId or l.otherClaim.id = :claimId""")
    List<LinkedClaim> findLinkedClaims(long claimId);

    @Query("""
            select count(l) > 0 from ClaimLink l where l.kind = :kind
            and (l.claim.id = :claimId and l.otherClaim.id = :otherClaimId
                 or l.claim.id = :otherClaimId and l.otherClaim.id = :claimId)""")
    boolean existsBetween(long claimId, long otherClaimId, ClaimLink.Kind kind);
}
