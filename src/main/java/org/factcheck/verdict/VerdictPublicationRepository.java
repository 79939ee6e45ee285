package org.factcheck.verdict;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VerdictPublicationRepository extends JpaRepository<VerdictPublication, Long> {

    List<VerdictPublication> findByVerdictOrderByVersionNumber(Verdict verdict);

    int countByVerdict(Verdict verdict);
}
