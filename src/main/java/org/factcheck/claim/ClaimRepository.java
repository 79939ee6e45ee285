package org.factcheck.claim;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClaimRepository extends JpaRepository<Claim, Long> {

    @Query("select new org.factcheck.claim.ClaimSummary(c.id, c.text, claimant.name, c.claimDate, c.status, "
            + "c.checkWorthiness, size(c.appearances), c.updatedAt) from Claim c left join c.claimant claimant")
    Slice<ClaimSummary> findSummaries(Pageable page);

    /** Claims that mention the entity or name it as their claimant. */
    @Query("select distinct c from Claim c left join c.mentions mentioned "
            + "where c.claimant.id = :entityId or mentioned.id = :entityId order by c.id")
    List<Claim> findNaming(long entityId);
}
