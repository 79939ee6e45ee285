package org.factcheck.verdict;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.factcheck.account.CurrentReviewer;
import org.factcheck.account.ReviewerService;
import org.factcheck.claim.Claim;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verdicts on claims, their ratings and evidence, and the workflow that publishes them: the one way in
 * for the views and other modules, checking each caller's role. A reviewer drafts and submits for
 * review; an editor who neither wrote the verdict nor changed it last publishes it (four eyes), or sends
 * it back; after publication only a correction or a retraction changes it. The rules live in
 * {@link VerdictWorkflow} (the steps) and {@link VerdictContent} (the drafts' content); the views ask
 * {@link #steps} what to offer.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('REVIEWER')")
public class VerdictService {

    /** The scale every new verdict uses until a desk defines its own. */
    public static final String DEFAULT_SCALE = "Default";

    private final VerdictRepository verdicts;
    private final RatingRepository ratings;
    private final VerdictTransitionRepository transitions;
    private final VerdictPublicationRepository publications;
    private final ReviewerService reviewers;
    private final VerdictWorkflow workflow;
    private final VerdictContent content;

    VerdictService(VerdictRepository verdicts, RatingRepository ratings, VerdictTransitionRepository transitions,
            VerdictPublicationRepository publications, ReviewerService reviewers, VerdictWorkflow workflow,
            VerdictContent content) {
        this.verdicts = verdicts;
        this.ratings = ratings;
        this.transitions = transitions;
        this.publications = publications;
        this.reviewers = reviewers;
        this.workflow = workflow;
        this.content = content;
    }

    public List<Rating> ratings() {
        return ratings.findByScaleNameOrderByPosition(DEFAULT_SCALE);
    }

    public Optional<Rating> rating(String label) {
        return ratings.findByScaleNameAndLabel(DEFAULT_SCALE, label);
    }

    public Optional<Verdict> verdictOn(Claim claim) {
        return verdicts.findByClaim(claim);
    }

    /** The verdict on the claim with its evidence and their sources loaded, for the claim page. */
    public Optional<Verdict> verdictOnClaim(long claimId) {
        return verdicts.findByClaimId(claimId);
    }

    /** The rating and status of the verdicts on these claims; a claim without a verdict has none here. */
    public List<ClaimVerdict> verdictsOnClaims(Collection<Long> claimIds) {
        return claimIds.isEmpty() ? List.of() : verdicts.findClaimVerdicts(claimIds);
    }

    public long count() {
        return verdicts.count();
    }

    public long countByStatus(VerdictStatus status) {
        return verdicts.countByStatus(status);
    }

    public List<RatingCount> countByRating() {
        return verdicts.countByRating();
    }

    /** Every workflow step the verdict took, oldest first. */
    public List<VerdictTransition> transitions(Verdict verdict) {
        return transitions.findByVerdictOrderByMadeAtAscIdAsc(verdict);
    }

    /** Every version the public was shown: the first publication, then each correction. */
    public List<VerdictPublication> publications(Verdict verdict) {
        return publications.findByVerdictOrderByVersionNumber(verdict);
    }

    /** The verdicts an editor should check next, longest waiting first. */
    public List<AwaitingReview> awaitingReview() {
        return verdicts.findAwaitingReview();
    }

    /**
     * The steps the signed-in reviewer may take on this verdict now, each with what stands in its way,
     * if anything ("You wrote this verdict: another editor must publish it."): the claim page offers
     * exactly these.
     */
    public List<OfferedStep> steps(Verdict verdict) {
        return workflow.steps(verdict);
    }

    /** Starts a draft verdict on a claim, written by the signed-in reviewer. */
    @Transactional
    public Verdict startDraft(Claim claim, Rating rating, String rationale) {
        Verdict verdict = new Verdict(claim, rating, rationale);
        reviewers.findByUsername(CurrentReviewer.username()).ifPresent(verdict::setAuthor);
        return workflow.startDraft(verdict);
    }

    /** Saves a reviewer's changes to a verdict that is not yet published (or a new draft). */
    @Transactional
    public Verdict save(Verdict verdict) {
        return content.save(verdict);
    }

    /** Adds an item of evidence, or saves a changed one, on a verdict not yet published. */
    @Transactional
    public Evidence saveEvidence(Verdict verdict, Evidence item) {
        return content.saveEvidence(verdict, item);
    }

    @Transactional
    public void removeEvidence(Verdict verdict, Evidence item) {
        content.removeEvidence(verdict, item);
    }

    /** Moves a draft to review, for an editor to check. */
    @Transactional
    public Verdict submitForReview(Verdict verdict, String comment) {
        return workflow.submit(verdict, comment);
    }

    /** Returns a verdict in review to its author as a draft, with what to change. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Verdict sendBack(Verdict verdict, String comment) {
        return workflow.sendBack(verdict, comment);
    }

    /** Publishes a verdict in review, when {@link #steps} lets the editor; the editor becomes its reviewer. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Verdict publish(Verdict verdict, String comment) {
        return workflow.publish(verdict, comment);
    }

    /**
     * Proposes a corrected version of a published verdict that keeps its headline: see
     * {@link #correct(Verdict, Rating, String, String, String)}.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Verdict correct(Verdict verdict, Rating newRating, String newRationale, String publicNote) {
        return workflow.correct(verdict, newRating, null, newRationale, publicNote);
    }

    /**
     * Proposes a corrected version of a published verdict: a new rating, headline (blank keeps it) or
     * rationale, with a public note saying what changed and why. A second editor publishes it
     * ({@link #publishCorrection}); until then readers see the version before. Only where the desk allows
     * it ({@code factcheck.workflow.self-published-corrections}) is it published at once, recorded as
     * approved by its own editor. Every earlier version stays readable.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Verdict correct(Verdict verdict, Rating newRating, String newHeadline, String newRationale, String publicNote) {
        return workflow.correct(verdict, newRating, newHeadline, newRationale, publicNote);
    }

    /** The correction waiting for a second editor, if one was proposed. */
    public Optional<VerdictCorrection> proposedCorrection(Verdict verdict) {
        return workflow.proposedCorrection(verdict);
    }

    /** Publishes the correction another editor proposed: readers see it, with its note, from now on. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Verdict publishCorrection(Verdict verdict) {
        return workflow.publishCorrection(verdict);
    }

    /** Withdraws a published verdict, with a public note saying why it no longer stands. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Verdict retract(Verdict verdict, String publicNote) {
        return workflow.retract(verdict, publicNote);
    }

    /**
     * Publishes a verdict that the desk approved outside the four-eyes workflow: the curated seed's
     * researched verdicts. The one exception to the workflow, so only an ADMIN may use it; it is
     * recorded as an import, by whoever ran it.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Verdict publishApproved(Verdict verdict) {
        return workflow.publishApproved(verdict);
    }
}
