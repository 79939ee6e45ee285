package org.factcheck.claim.ui;

import java.util.List;
import org.factcheck.claim.ClaimService;
import org.factcheck.source.BrokenAnchor;
import org.factcheck.source.Source;
import org.factcheck.source.SourceAnnotations;
import org.factcheck.source.TextHighlight;
import org.springframework.stereotype.Component;

/** Shows claim appearances in the source reader, and turns a reader's selection into a new claim. */
@Component
class ClaimsInSources implements SourceAnnotations {

    private final ClaimService claims;

    ClaimsInSources(ClaimService claims) {
        this.claims = claims;
    }

    @Override
    public List<TextHighlight> highlightsIn(long sourceId) {
        return claims.highlightsIn(sourceId);
    }

    @Override
    public List<BrokenAnchor> brokenAnchorsIn(long sourceId) {
        return claims.brokenAnchorsIn(sourceId);
    }

    @Override
    public void annotateSelection(Source source, int start, int end) {
        new NewClaimDialog(claims, source, start, end).open();
    }
}
