package org.factcheck.claim;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClaimRepository extends JpaRepository<Claim, Long> {

    @Query("select new org.factcheck.claim.ClaimSummary(c.id, c.text, claimant.name, c.claimDate, c.status, "
            + "c.checkWorthiness, size(c.appearances), c.updatedAt) from Claim c left join c.claimant claimant")
    Slice<ClaimSummary> findSummaries(Pageable page);
}
