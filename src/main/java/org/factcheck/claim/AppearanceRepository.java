package org.factcheck.claim;

import java.util.List;
import org.factcheck.source.BrokenAnchor;
import org.factcheck.source.TextHighlight;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppearanceRepository extends JpaRepository<Appearance, Long> {

    // A broken anchor's offsets point at nothing in particular: it is never highlighted.
    @Query("select new org.factcheck.source.TextHighlight(a.id, a.startOffset, a.endOffset, a.claim.text, "
            + "concat('claims/', a.claim.id)) from Appearance a where a.source.id = :sourceId "
            + "and a.anchorStatus = org.factcheck.claim.AnchorStatus.ANCHORED order by a.startOffset")
    List<TextHighlight> findHighlightsIn(long sourceId);

    @Query("select new org.factcheck.source.BrokenAnchor(a.id, a.quote, a.claim.text, concat('claims/', a.claim.id)) "
            + "from Appearance a where a.source.id = :sourceId "
            + "and a.anchorStatus = org.factcheck.claim.AnchorStatus.BROKEN order by a.id")
    List<BrokenAnchor> findBrokenAnchorsIn(long sourceId);

    List<Appearance> findBySourceId(long sourceId);
}
