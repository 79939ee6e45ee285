package org.factcheck.verdict;

import org.springframework.data.jpa.repository.JpaRepository;

interface VerdictCorrectionRepository extends JpaRepository<VerdictCorrection, Long> {
}
