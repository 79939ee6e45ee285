package org.factcheck.source;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SourceRepository extends JpaRepository<Source, Long> {

    boolean existsBySha256(String sha256);

    @Query("select new org.factcheck.source.SourceSummary(s.id, s.title, s.outlet, s.publishedOn, s.publishedOnPrecision, "
            + "s.language, s.origin) from Source s")
    Slice<SourceSummary> findSummaries(Pageable page);
}
