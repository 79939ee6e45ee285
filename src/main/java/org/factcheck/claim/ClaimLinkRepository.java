package org.factcheck.claim;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClaimLinkRepository extends JpaRepository<ClaimLink, Long> {

    @Query("select l from ClaimLink l where l.claim = :claim or l.otherClaim = :claim")
    List<ClaimLink> findInvolving(Claim claim);
}
