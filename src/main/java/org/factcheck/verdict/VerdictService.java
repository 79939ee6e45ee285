package org.factcheck.verdict;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.factcheck.account.CurrentReviewer;
import org.factcheck.account.ReviewerService;
import org.factcheck.base.Refusal;
import org.factcheck.claim.Claim;
import org.factcheck.history.ChangeReason;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verdicts on claims, their ratings and evidence, and the workflow that publishes them: a reviewer
 * drafts and submits for review; an editor who neither wrote the verdict nor changed it last publishes
 * it (four eyes), or sends it back; after publication only a correction (with a public note, proposed by
 * one editor and published by another) or a retraction changes it. Every step is recorded with who, when and an optional comment, and every published
 * version is kept. The rules live here; the views only reflect them.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('REVIEWER')")
public class VerdictService {

    /** The scale every new verdict uses until a desk defines its own. */
    public static final String DEFAULT_SCALE = "Default";

    private static final String NO_HEADLINE =
            "Write a headline before publishing: the claim in at most " + Verdict.HEADLINE_MAX + " characters.";

    private final VerdictRepository verdicts;
    private final EvidenceRepository evidence;
    private final RatingRepository ratings;
    private final VerdictTransitionRepository transitions;
    private final VerdictPublicationRepository publications;
    private final VerdictCorrectionRepository corrections;
    private final ReviewerService reviewers;
    private final EntityManager entityManager;
    private final boolean selfPublishedCorrections;

    VerdictService(VerdictRepository verdicts, EvidenceRepository evidence, RatingRepository ratings,
            VerdictTransitionRepository transitions, VerdictPublicationRepository publications,
            VerdictCorrectionRepository corrections, ReviewerService reviewers, EntityManager entityManager,
            @Value("${factcheck.workflow.self-published-corrections:false}") boolean selfPublishedCorrections) {
        this.corrections = corrections;
        this.selfPublishedCorrections = selfPublishedCorrections;
        this.verdicts = verdicts;
        this.evidence = evidence;
        this.ratings = ratings;
        this.transitions = transitions;
        this.publications = publications;
        this.reviewers = reviewers;
        this.entityManager = entityManager;
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
    public List<ClaimVerdict> verdictsOnClaims(java.util.Collection<Long> claimIds) {
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

    /** Starts a draft verdict on a claim, written by the signed-in reviewer. */
    @Transactional
    public Verdict startDraft(Claim claim, Rating rating, String rationale) {
        Verdict verdict = new Verdict(claim, rating, rationale);
        reviewers.findByUsername(CurrentReviewer.username()).ifPresent(verdict::setAuthor);
        return draft(verdict);
    }

    /** Saves a reviewer's changes to a verdict that is not yet published (or a new draft). */
    @Transactional
    public Verdict save(Verdict verdict) {
        if (verdict.isNew()) {
            return draft(verdict);
        }
        requireEditable(verdict);
        verdict.contentChangedBy(CurrentReviewer.username());
        return verdicts.save(verdict);
    }

    /** Adds an item of evidence, or saves a changed one, on a verdict not yet published. */
    @Transactional
    public Evidence saveEvidence(Verdict verdict, Evidence item) {
        requireEditable(verdict);
        requireCitation(item);
        Verdict current = verdicts.findById(verdict.getId()).orElseThrow();
        current.contentChangedBy(CurrentReviewer.username());
        if (item.isNew()) {
            current.addEvidence(item);
        }
        return evidence.save(item);
    }

    @Transactional
    public void removeEvidence(Verdict verdict, Evidence item) {
        requireEditable(verdict);
        Verdict current = verdicts.findById(verdict.getId()).orElseThrow();
        current.contentChangedBy(CurrentReviewer.username());
        current.getEvidence().stream().filter(item::equals).findFirst().ifPresent(current::removeEvidence);
    }

    /** Moves a draft to review, for an editor to check. */
    @Transactional
    public Verdict submitForReview(Verdict verdict, String comment) {
        Verdict current = current(verdict);
        require(current, VerdictStatus.DRAFT, "submitted for review");
        return move(current, VerdictStatus.IN_REVIEW, comment);
    }

    /** Returns a verdict in review to its author as a draft, with what to change. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Verdict sendBack(Verdict verdict, String comment) {
        Verdict current = current(verdict);
        require(current, VerdictStatus.IN_REVIEW, "sent back");
        return move(current, VerdictStatus.DRAFT, comment);
    }

    /**
     * Why the signed-in reviewer may not publish this verdict now, if anything stands in the way:
     * it must be in review, written and last changed by someone else (four eyes) and backed by evidence. (Only
     * editors may publish at all; that is the role check on {@link #publish}.)
     */
    public Optional<String> refusalToPublish(Verdict verdict) {
        if (verdict.getStatus() == VerdictStatus.PUBLISHED) {
            return Optional.of("This verdict is already published: change it with a correction.");
        }
        Optional<String> notInReview = wrongStatus(verdict, VerdictStatus.IN_REVIEW, "published");
        if (notInReview.isPresent()) {
            return notInReview;
        }
        if (isAuthor(verdict, CurrentReviewer.username())) {
            return Optional.of("You wrote this verdict: another editor must publish it.");
        }
        if (CurrentReviewer.username().equals(verdict.getContentChangedBy())) {
            return Optional.of("You changed this verdict last: another editor must check and publish it.");
        }
        if (verdict.getEvidence().isEmpty()) {
            return Optional.of("Add at least one item of evidence before publishing.");
        }
        if (verdict.getHeadline() == null) {
            return Optional.of(NO_HEADLINE);
        }
        return Optional.empty();
    }

    /** Publishes a verdict in review; the approving editor becomes its reviewer. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Verdict publish(Verdict verdict, String comment) {
        Verdict current = current(verdict);
        refusalToPublish(current).ifPresent(refusal -> {
            throw new Refusal(refusal);
        });
        Instant now = Instant.now();
        VerdictStatus from = current.getStatus();
        current.publish(now, reviewers.findByUsername(CurrentReviewer.username()).orElse(null));
        record(current, from, comment, now);
        publications.save(new VerdictPublication(current, 1, now, CurrentReviewer.username(), null));
        return current;
    }

    /**
     * Proposes a corrected version of a published verdict: a new rating or rationale, with a public note
     * saying what changed and why. A second editor publishes it ({@link #publishCorrection}); until then
     * readers see the version before. Only where the desk allows it
     * ({@code factcheck.workflow.self-published-corrections}) is it published at once, recorded as
     * approved by its own editor. Every earlier version stays readable.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Verdict correct(Verdict verdict, Rating newRating, String newRationale, String publicNote) {
        Verdict current = current(verdict);
        require(current, VerdictStatus.PUBLISHED, "corrected");
        if (isBlank(publicNote)) {
            throw new Refusal("Write a public correction note: readers are told what changed and why.");
        }
        if (newRating == null || isBlank(newRationale)) {
            throw new Refusal("A corrected verdict needs a rating and a rationale.");
        }
        if (newRating.equals(current.getRating()) && newRationale.strip().equals(current.getRationale().strip())) {
            throw new Refusal("Nothing changed: change the rating or the rationale to publish a correction.");
        }
        VerdictCorrection correction = new VerdictCorrection(current, newRating, newRationale.strip(), publicNote.strip(),
                CurrentReviewer.username(), Instant.now());
        if (selfPublishedCorrections) {
            return apply(current, correction, true);
        }
        corrections.deleteById(current.getId());
        corrections.flush();
        corrections.save(correction);
        return current;
    }

    /** The correction waiting for a second editor, if one was proposed. */
    public Optional<VerdictCorrection> proposedCorrection(Verdict verdict) {
        return verdict.isNew() ? Optional.empty() : corrections.findById(verdict.getId());
    }

    /** Why the signed-in editor may not publish the proposed correction, if anything stands in the way. */
    public Optional<String> refusalToPublishCorrection(Verdict verdict) {
        Optional<VerdictCorrection> proposed = proposedCorrection(verdict);
        if (proposed.isEmpty()) {
            return Optional.of("No correction of this verdict is waiting to be published.");
        }
        if (proposed.get().getProposedBy().equals(CurrentReviewer.username())) {
            return Optional.of("You proposed this correction: another editor must publish it.");
        }
        return Optional.empty();
    }

    /** Publishes the correction another editor proposed: readers see it, with its note, from now on. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Verdict publishCorrection(Verdict verdict) {
        Verdict current = current(verdict);
        require(current, VerdictStatus.PUBLISHED, "corrected");
        refusalToPublishCorrection(current).ifPresent(refusal -> {
            throw new Refusal(refusal);
        });
        VerdictCorrection correction = corrections.findById(current.getId()).orElseThrow();
        corrections.delete(correction);
        return apply(current, correction, false);
    }

    private Verdict apply(Verdict current, VerdictCorrection correction, boolean selfApproved) {
        current.setRating(correction.getRating());
        current.setRationale(correction.getRationale());
        current.contentChangedBy(correction.getProposedBy());
        Instant now = Instant.now();
        String note = correction.getPublicNote();
        record(current, VerdictStatus.PUBLISHED, selfApproved
                ? note + " (published by its own editor, as the desk's settings allow)"
                : note + " (proposed by " + correction.getProposedBy() + ")", now);
        publications.save(new VerdictPublication(current, publications.countByVerdict(current) + 1, now,
                CurrentReviewer.username(), note, selfApproved));
        return current;
    }

    /** Withdraws a published verdict, with a public note saying why it no longer stands. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Verdict retract(Verdict verdict, String publicNote) {
        Verdict current = current(verdict);
        require(current, VerdictStatus.PUBLISHED, "retracted");
        if (isBlank(publicNote)) {
            throw new Refusal("Write a public retraction note: readers are told why the verdict no longer stands.");
        }
        Instant now = Instant.now();
        current.retract(now, publicNote.strip());
        record(current, VerdictStatus.PUBLISHED, publicNote, now);
        return current;
    }

    /**
     * Publishes a verdict that the desk approved outside the four-eyes workflow: the curated seed's
     * researched verdicts. The one exception to the workflow, so only an ADMIN may use it; it is
     * recorded as an import, by whoever ran it.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Verdict publishApproved(Verdict verdict) {
        if (verdict.getHeadline() == null) {
            throw new Refusal(NO_HEADLINE);
        }
        VerdictStatus from = verdict.isNew() ? null : verdict.getStatus();
        Instant now = Instant.now();
        verdict.publish(now, null);
        Verdict saved = verdicts.save(verdict);
        record(saved, from, "Curated import: approved by the desk outside the four-eyes workflow.", now);
        publications.save(new VerdictPublication(saved, 1, now, CurrentReviewer.username(), null));
        return saved;
    }

    private Verdict draft(Verdict verdict) {
        verdict.contentChangedBy(CurrentReviewer.username());
        Verdict saved = verdicts.save(verdict);
        record(saved, null, null, Instant.now());
        return saved;
    }

    /**
     * The verdict as it is saved now, refusing a step taken on a version someone has since changed:
     * an editor must not publish words they have not seen.
     */
    private Verdict current(Verdict verdict) {
        if (verdict.isNew()) {
            return draft(verdict);
        }
        Verdict current = verdicts.findById(verdict.getId())
                .orElseThrow(() -> new Refusal("This verdict no longer exists."));
        if (current.getVersion() != verdict.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Verdict.class, verdict.getId());
        }
        return current;
    }

    private Verdict move(Verdict current, VerdictStatus to, String comment) {
        VerdictStatus from = current.getStatus();
        current.moveTo(to);
        record(current, from, comment, Instant.now());
        return current;
    }

    /** Records the step the verdict just took from {@code from} to its current status. */
    private void record(Verdict verdict, VerdictStatus from, String comment, Instant at) {
        String why = isBlank(comment) ? null : comment.strip();
        transitions.save(new VerdictTransition(verdict, from, verdict.getStatus(), CurrentReviewer.username(), at, why));
        ChangeReason.forThisTransaction(entityManager, why);
    }

    private static void require(Verdict verdict, VerdictStatus needed, String step) {
        wrongStatus(verdict, needed, step).ifPresent(refusal -> {
            throw new Refusal(refusal);
        });
    }

    /** "Only a draft can be submitted for review; this verdict is published.", unless it is a draft. */
    private static Optional<String> wrongStatus(Verdict verdict, VerdictStatus needed, String step) {
        if (verdict.getStatus() == needed) {
            return Optional.empty();
        }
        String which = switch (needed) {
            case DRAFT -> "a draft";
            case IN_REVIEW -> "a verdict in review";
            case PUBLISHED -> "a published verdict";
            case RETRACTED -> "a retracted verdict";
        };
        return Optional.of("Only " + which + " can be " + step + "; this verdict is " + describe(verdict.getStatus()) + ".");
    }

    private static boolean isAuthor(Verdict verdict, String username) {
        return username.equals(verdict.getCreatedBy())
                || verdict.getAuthor() != null && username.equals(verdict.getAuthor().getUsername());
    }

    private static void requireEditable(Verdict verdict) {
        if (!verdict.isEditable()) {
            throw new Refusal("This verdict is " + describe(verdict.getStatus())
                    + ": it can no longer be edited; publish a correction instead.");
        }
    }

    private static void requireCitation(Evidence item) {
        if (item.getSource() == null && (isBlank(item.getUrl()) || isBlank(item.getTitle()))) {
            throw new Refusal("Cite a source in the database, or a web page with its address and title.");
        }
    }

    private static String describe(VerdictStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static boolean isBlank(String text) {
        return Objects.requireNonNullElse(text, "").isBlank();
    }
}
