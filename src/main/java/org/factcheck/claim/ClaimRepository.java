package org.factcheck.claim;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClaimRepository extends JpaRepository<Claim, Long> {

    /** The claim with what its page shows: claimant, mentions, appearances and their sources. */
    @EntityGraph(attributePaths = {"claimant", "assignee", "mentions", "appearances", "appearances.source"})
    @Query("select c from Claim c where c.id = :id")
    Optional<Claim> findWithDetails(long id);

    List<Claim> findByClusterId(long clusterId);

    /** The claim's status as committed, its row locked so that no verdict moves it before this transaction ends. */
    @Query(value = "select status from claim where id = :id for update", nativeQuery = true)
    String lockStatus(long id);

    /** Who the claim is assigned to, as committed: to tell a newly assigned reviewer. */
    @Query("select c.assignee.username from Claim c where c.id = :id")
    Optional<String> committedAssignee(long id);

    /** Claims that mention the entity or name it as their claimant. */
    @Query("select distinct c from Claim c left join c.mentions mentioned "
            + "where c.claimant.id = :entityId or mentioned.id = :entityId order by c.id")
    List<Claim> findNaming(long entityId);
}
