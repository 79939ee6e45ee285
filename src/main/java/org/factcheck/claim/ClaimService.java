package org.factcheck.claim;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.Set;
import java.util.stream.Collectors;
import org.factcheck.account.CurrentReviewer;
import org.factcheck.base.Refusal;
import org.factcheck.entity.NamedEntity;
import org.factcheck.source.BrokenAnchor;
import org.factcheck.source.Source;
import org.factcheck.source.SourceService;
import org.factcheck.source.TextHighlight;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
    private final ClaimClusters clusters;
    private final PublishedClaims published;

    private final ApplicationEventPublisher events;

    ClaimService(ClaimRepository claims, AppearanceRepository appearances, ClaimLinkRepository links,
            ClaimSummaries summaries, SourceService sources, ClaimClusters clusters, PublishedClaims published,
            ApplicationEventPublisher events) {
        this.events = events;
        this.clusters = clusters;
        this.published = published;
        this.claims = claims;
        this.appearances = appearances;
        this.links = links;
        this.summaries = summaries;
        this.sources = sources;
    }

    public List<ClaimSummary> list(ClaimFilter filter, Pageable page) {
        return summaries.find(filter, page);
    }

    /**
     * The {@code limit} claims after the claim at {@code after} in this order: the grid scrolling down by
     * key. Without a key (a jump down the list) the page at {@code offset}.
     */
    public ClaimPage page(ClaimFilter filter, Sort sort, ClaimPage.Key after, long offset, int limit) {
        return summaries.find(filter, sort, after, offset, limit);
    }

    /** How many claims the filter selects: exact up to 10,000, PostgreSQL's estimate beyond. */
    public ClaimCount count(ClaimFilter filter) {
        return summaries.count(filter);
    }

    /**
     * How many claims are rated with each label, exactly, in the labels' order: one pass over the rating
     * index (about 15 ms for 125,000 rated claims), where a count per label cost the dashboard 60.
     */
    public SequencedMap<String, Long> countByRating() {
        return summaries.countByRating();
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

    /**
     * Saves a reviewer's changes to a claim. What readers see of a published fact-check (the claim's text,
     * claimant, date and entities) is refused: it changes only through the verdict's correction workflow.
     */
    @Transactional
    public Claim save(Claim claim) {
        if (!claim.isNew() && published.isPublished(claim.getId())) {
            Claim stored = claims.findById(claim.getId()).orElseThrow();
            if (changesWhatReadersSee(stored, claim)) {
                throw new Refusal(PUBLISHED_REFUSAL);
            }
        }
        String assignedBefore = claim.isNew() ? null : claims.committedAssignee(claim.getId()).orElse(null);
        if (!claim.isNew()) {
            // A verdict's status is the database's (V140); taking it here, row locked, makes the history
            // record what is committed rather than what a form opened before the verdict moved still holds.
            ClaimStatus stored = ClaimStatus.valueOf(claims.lockStatus(claim.getId()));
            if (stored.followsVerdict()) {
                claim.setStatus(stored);
            }
        }
        Claim saved = claims.save(claim);
        String assignedNow = saved.getAssignee() == null ? null : saved.getAssignee().getUsername();
        if (assignedNow != null && !assignedNow.equals(assignedBefore)) {
            events.publishEvent(new ClaimAssigned(saved.getId(), assignedNow, CurrentReviewer.username(), saved.getText()));
        }
        return saved;
    }

    private static final String PUBLISHED_REFUSAL = "This claim's fact-check is published: readers see its text, "
            + "claimant, date, entities and appearances, so they are not edited here. Publish a correction of the "
            + "verdict saying what changed, or retract it.";

    private static boolean changesWhatReadersSee(Claim stored, Claim edited) {
        return !Objects.equals(stored.getText(), edited.getText())
                || !Objects.equals(idOf(stored.getClaimant()), idOf(edited.getClaimant()))
                || !Objects.equals(stored.getClaimDate(), edited.getClaimDate())
                // A claim read without its mentions cannot have changed them (merging leaves them as stored).
                || edited.mentionsLoaded()
                        && !idsOf(stored.getMentions()).equals(idsOf(edited.getMentions()));
    }

    private static Long idOf(NamedEntity entity) {
        return entity == null ? null : entity.getId();
    }

    private static Set<Long> idsOf(Set<NamedEntity> entities) {
        return entities.stream().map(NamedEntity::getId).collect(Collectors.toSet());
    }

    /**
     * Creates a claim from a stretch of a source's text that a reviewer selected: its appearance is
     * anchored at exactly those offsets, whatever else the text repeats.
     */
    @Transactional
    public Claim createFromSelection(long sourceId, int start, int end, String text, CheckWorthiness checkWorthiness) {
        Source source = sources.find(sourceId)
                .orElseThrow(() -> new Refusal("The source " + sourceId + " does not exist."));
        QuoteAnchor anchor = QuoteAnchor.between(source.getFullText(), start, end);
        if (anchor.quote().isBlank()) {
            throw new Refusal("Select some words of the text, not only spaces.");
        }
        Claim claim = new Claim(text == null || text.isBlank() ? anchor.quote().strip() : text.strip());
        claim.setCheckWorthiness(checkWorthiness);
        claim.appearsIn(source, anchor);
        return claims.save(claim);
    }

    /** Removes one appearance of a claim, e.g. a quote anchored in the wrong place. */
    @Transactional
    public void removeAppearance(long claimId, long appearanceId) {
        if (published.isPublished(claimId)) {
            throw new Refusal(PUBLISHED_REFUSAL);
        }
        claims.findById(claimId).ifPresent(claim -> claim.removeAppearance(appearanceId));
    }

    /** Records that two claims contradict each other, e.g. two dates for one event. */
    @Transactional
    public ClaimLink linkContradiction(Claim claim, Claim otherClaim, String note) {
        return links.save(new ClaimLink(claim, otherClaim, ClaimLink.Kind.CONTRADICTS, note));
    }

    /**
     * Links two claims a reviewer picked as contradicting each other, with an optional note; refuses a
     * claim linked to itself or a pair already linked.
     */
    @Transactional
    public ClaimLink linkContradiction(long claimId, long otherClaimId, String note) {
        if (claimId == otherClaimId) {
            throw new Refusal("A claim cannot contradict itself: choose another claim.");
        }
        if (links.existsBetween(claimId, otherClaimId, ClaimLink.Kind.CONTRADICTS)) {
            throw new Refusal("These two claims are already linked as contradicting each other.");
        }
        String why = note == null || note.isBlank() ? null : note.strip();
        return linkContradiction(existing(claimId), existing(otherClaimId), why);
    }

    /** Removes a link between two claims, e.g. one made by mistake. */
    @Transactional
    public void unlink(long linkId) {
        links.deleteById(linkId);
    }

    /** The claims this one is linked with, such as those it contradicts. */
    public List<LinkedClaim> linkedClaims(long claimId) {
        return links.findLinkedClaims(claimId);
    }

    /** Claims that may state the same thing as this one, most alike first, leaving out rejected pairs. */
    public List<SameClaimSuggestion> sameClaimSuggestions(long claimId) {
        return clusters.suggestionsFor(claimId);
    }

    /** The other claims in this claim's cluster: the same statement elsewhere. */
    public List<ClusteredClaim> sameClaimElsewhere(long claimId) {
        return clusters.othersInCluster(claimId);
    }

    /**
     * Confirms that two claims state the same thing: they end up in one cluster, joining the cluster
     * either is in, or merging both clusters when each is in one.
     */
    @Transactional
    public void confirmSameClaim(long claimId, long otherClaimId) {
        if (claimId == otherClaimId) {
            throw new Refusal("A claim is always the same as itself: choose another claim.");
        }
        Claim claim = existing(claimId);
        Claim other = existing(otherClaimId);
        if (claim.getClusterId() == null && other.getClusterId() == null) {
            long cluster = clusters.newClusterId();
            claim.setClusterId(cluster);
            other.setClusterId(cluster);
        } else if (claim.getClusterId() == null) {
            claim.setClusterId(other.getClusterId());
        } else if (other.getClusterId() == null) {
            other.setClusterId(claim.getClusterId());
        } else if (!claim.getClusterId().equals(other.getClusterId())) {
            claims.findByClusterId(other.getClusterId()).forEach(member -> member.setClusterId(claim.getClusterId()));
        }
    }

    /** Records that two suggested claims do not state the same thing, so the pair is never suggested again. */
    @Transactional
    public void rejectSameClaim(long claimId, long otherClaimId) {
        clusters.reject(claimId, otherClaimId);
    }

    /** The claims a reviewer said do not state the same as this one: never suggested for it again. */
    public List<Long> rejectedAsSameClaim(long claimId) {
        return clusters.rejectedWith(claimId);
    }

    /** Takes the claim out of its cluster; a cluster left with one claim is no cluster any more. */
    @Transactional
    public void removeFromCluster(long claimId) {
        Claim claim = existing(claimId);
        Long cluster = claim.getClusterId();
        if (cluster == null) {
            return;
        }
        claim.setClusterId(null);
        List<Claim> rest = claims.findByClusterId(cluster).stream().filter(member -> !member.equals(claim)).toList();
        if (rest.size() == 1) {
            rest.getFirst().setClusterId(null);
        }
    }

    private Claim existing(long claimId) {
        return claims.findById(claimId).orElseThrow(
                () -> new Refusal("Claim " + claimId + " no longer exists: someone may have deleted it."));
    }
}
