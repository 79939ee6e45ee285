package org.factcheck.claim;

import java.util.List;
import java.util.Optional;
import org.factcheck.source.BrokenAnchor;
import org.factcheck.source.Source;
import org.factcheck.source.SourceService;
import org.factcheck.source.TextHighlight;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Claims, their appearances and the links between them. Reviewers may read and edit them. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('REVIEWER')")
public class ClaimService {

    private final ClaimRepository claims;
    private final AppearanceRepository appearances;
    private final ClaimLinkRepository links;
    private final ClaimSummaries summaries;
    private final SourceService sources;

    ClaimService(ClaimRepository claims, AppearanceRepository appearances, ClaimLinkRepository links,
            ClaimSummaries summaries, SourceService sources) {
        this.claims = claims;
        this.appearances = appearances;
        this.links = links;
        this.summaries = summaries;
        this.sources = sources;
    }

    public List<ClaimSummary> list(ClaimFilter filter, Pageable page) {
        return summaries.find(filter, page);
    }

    /** The rating labels a claim's verdict can have, for filtering. */
    public List<String> ratingLabels() {
        return summaries.ratingLabels();
    }

    public Optional<Claim> find(long id) {
        return claims.findById(id);
    }

    /** The claim with its claimant, mentions, appearances and their sources loaded, for its page. */
    public Optional<Claim> findWithDetails(long id) {
        return claims.findWithDetails(id);
    }

    /** Where claims appear in a source, in text order. */
    public List<TextHighlight> highlightsIn(long sourceId) {
        return appearances.findHighlightsIn(sourceId);
    }

    /** Appearances in a source whose quote is no longer found exactly once in its current text. */
    public List<BrokenAnchor> brokenAnchorsIn(long sourceId) {
        return appearances.findBrokenAnchorsIn(sourceId);
    }

    public long count() {
        return claims.count();
    }

    public long countByStatus(ClaimStatus status) {
        return claims.countByStatus(status);
    }

    @Transactional
    public Claim save(Claim claim) {
        return claims.save(claim);
    }

    /**
     * Creates a claim from a stretch of a source's text that a reviewer selected: its appearance is
     * anchored at exactly those offsets, whatever else the text repeats.
     */
    @Transactional
    public Claim createFromSelection(long sourceId, int start, int end, String text, CheckWorthiness checkWorthiness) {
        Source source = sources.find(sourceId)
                .orElseThrow(() -> new IllegalArgumentException("The source " + sourceId + " does not exist."));
        QuoteAnchor anchor = QuoteAnchor.between(source.getFullText(), start, end);
        if (anchor.quote().isBlank()) {
            throw new IllegalArgumentException("Select some words of the text, not only spaces.");
        }
        Claim claim = new Claim(text == null || text.isBlank() ? anchor.quote().strip() : text.strip());
        claim.setCheckWorthiness(checkWorthiness);
        claim.appearsIn(source, anchor);
        return claims.save(claim);
    }

    /** Removes one appearance of a claim, e.g. a quote anchored in the wrong place. */
    @Transactional
    public void removeAppearance(long claimId, long appearanceId) {
        claims.findById(claimId).ifPresent(claim -> claim.removeAppearance(appearanceId));
    }

    /** Records that two claims contradict each other, e.g. two dates for one event. */
    @Transactional
    public ClaimLink linkContradiction(Claim claim, Claim otherClaim, String note) {
        return links.save(new ClaimLink(claim, otherClaim, ClaimLink.Kind.CONTRADICTS, note));
    }

    /** The claims this one is linked with, such as those it contradicts. */
    public List<LinkedClaim> linkedClaims(long claimId) {
        return links.findLinkedClaims(claimId);
    }
}
