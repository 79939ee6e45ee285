package org.factcheck.verdict;

import java.util.Optional;
import org.factcheck.claim.Claim;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface VerdictRepository extends JpaRepository<Verdict, Long> {

    @EntityGraph(attributePaths = {"evidence"})
    Optional<Verdict> findByClaim(Claim claim);

    long countByStatus(VerdictStatus status);
}
