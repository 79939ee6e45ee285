package org.factcheck.claim;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClaimRepository extends JpaRepository<Claim, Long> {

    /** The claim with what its page shows: claimant, mentions, appearances and their sources. */
    @EntityGraph(attributePaths = {"claimant", "assignee", "mentions", "appearances", "appearances.source"})
    @Query("select c from Claim c where c.id = :id")
    Optional<Claim> findWithDetails(long id);

    long countByStatus(ClaimStatus status);
}
