package org.factcheck.claim;

import java.util.List;
import org.factcheck.source.TextHighlight;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppearanceRepository extends JpaRepository<Appearance, Long> {

    @Query("select new org.factcheck.source.TextHighlight(a.id, a.startOffset, a.endOffset, a.claim.text, "
            + "concat('claims/', a.claim.id)) from Appearance a where a.source.id = :sourceId order by a.startOffset")
    List<TextHighlight> findHighlightsIn(long sourceId);
}
