package org.factcheck.verdict;

import java.util.List;
import java.util.Optional;
import org.factcheck.claim.Claim;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VerdictRepository extends JpaRepository<Verdict, Long> {

    @EntityGraph(attributePaths = {"rating", "rating.scale", "evidence", "evidence.source", "author", "reviewer"})
    Optional<Verdict> findByClaim(Claim claim);

    @EntityGraph(attributePaths = {"rating", "rating.scale", "evidence", "evidence.source", "author", "reviewer"})
    @Query("select v from Verdict v where v.claim.id = :claimId")
    Optional<Verdict> findByClaimId(long claimId);

    long countByStatus(VerdictStatus status);

    boolean existsByClaimIdAndStatus(long claimId, VerdictStatus status);

    @Query("select new org.factcheck.verdict.ClaimVerdict(v.claim.id, r.label, v.status) from Verdict v join v.rating r "
            + "where v.claim.id in :claimIds")
    List<ClaimVerdict> findClaimVerdicts(java.util.Collection<Long> claimIds);

    @Query("""
            select new org.factcheck.verdict.AwaitingReview(c.id, c.text, r.label, coalesce(a.displayName, v.createdBy), v.updatedAt)
            from Verdict v join v.claim c join v.rating r left join v.author a
            where v.status = org.factcheck.verdict.VerdictStatus.IN_REVIEW order by v.updatedAt""")
    List<AwaitingReview> findAwaitingReview();

    @Query("select new org.factcheck.verdict.RatingCount(r.label, count(v)) from Verdict v join v.rating r "
            + "group by r.label, r.position order by r.position")
    List<RatingCount> countByRating();
}
