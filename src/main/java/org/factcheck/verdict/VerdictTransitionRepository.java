package org.factcheck.verdict;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VerdictTransitionRepository extends JpaRepository<VerdictTransition, Long> {

    List<VerdictTransition> findByVerdictOrderByMadeAtAscIdAsc(Verdict verdict);
}
