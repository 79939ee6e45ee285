package org.factcheck.importing;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CandidateClaimRepository extends JpaRepository<CandidateClaim, Long> {

    List<CandidateClaim> findBySourceIdOrderByStartOffset(long sourceId);

    /** The source's candidates, most worth checking first; in text order where they score the same. */
    List<CandidateClaim> findBySourceIdOrderByScoreDescStartOffsetAsc(long sourceId);

    /** The candidate, locked until the transaction ends, so two reviewers cannot both decide it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CandidateClaim c where c.id = :id")
    Optional<CandidateClaim> findForDecision(long id);

    /** Per source with candidates still to decide: its id, how many are undecided, how many in all; oldest first. */
    @Query("""
            select c.sourceId, sum(case when c.status = org.factcheck.importing.CandidateStatus.PROPOSED then 1 else 0 end), count(c)
            from CandidateClaim c group by c.sourceId
            having sum(case when c.status = org.factcheck.importing.CandidateStatus.PROPOSED then 1 else 0 end) > 0
            order by c.sourceId""")
    List<Object[]> countsToDecide();
}
