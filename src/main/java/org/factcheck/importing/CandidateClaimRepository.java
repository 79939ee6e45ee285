package org.factcheck.importing;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CandidateClaimRepository extends JpaRepository<CandidateClaim, Long> {

    List<CandidateClaim> findBySourceIdOrderByStartOffset(long sourceId);

    /** The candidate, locked until the transaction ends, so two reviewers cannot both decide it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CandidateClaim c where c.id = :id")
    Optional<CandidateClaim> findForDecision(long id);
}
