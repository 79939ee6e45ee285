package org.factcheck.source;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SourceTextVersionRepository extends JpaRepository<SourceTextVersion, Long> {

    List<SourceTextVersion> findBySourceIdOrderByVersionNumber(long sourceId);

    int countBySourceId(long sourceId);
}
