package org.factcheck.verdict;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.factcheck.account.CurrentReviewer;
import org.factcheck.account.ReviewerService;
import org.factcheck.claim.Claim;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verdicts on claims, their ratings and evidence. Reviewers draft and change verdicts until they
 * are published; after that only a correction changes them.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('REVIEWER')")
public class VerdictService {

    /** The scale every new verdict uses until a desk defines its own. */
    public static final String DEFAULT_SCALE = "Default";

    private final VerdictRepository verdicts;
    private final EvidenceRepository evidence;
    private final RatingRepository ratings;
    private final ReviewerService reviewers;

    VerdictService(VerdictRepository verdicts, EvidenceRepository evidence, RatingRepository ratings,
            ReviewerService reviewers) {
        this.verdicts = verdicts;
        this.evidence = evidence;
        this.ratings = ratings;
        this.reviewers = reviewers;
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

    public long count() {
        return verdicts.count();
    }

    public long countByStatus(VerdictStatus status) {
        return verdicts.countByStatus(status);
    }

    public List<RatingCount> countByRating() {
        return verdicts.countByRating();
    }

    /** Starts a draft verdict on a claim, written by the signed-in reviewer. */
    @Transactional
    public Verdict startDraft(Claim claim, Rating rating, String rationale) {
        Verdict verdict = new Verdict(claim, rating, rationale);
        reviewers.findByUsername(CurrentReviewer.username()).ifPresent(verdict::setAuthor);
        return verdicts.save(verdict);
    }

    /** Saves a reviewer's changes to a verdict that is not yet published. */
    @Transactional
    public Verdict save(Verdict verdict) {
        requireEditable(verdict);
        return verdicts.save(verdict);
    }

    /** Adds an item of evidence, or saves a changed one, on a verdict not yet published. */
    @Transactional
    public Evidence saveEvidence(Verdict verdict, Evidence item) {
        requireEditable(verdict);
        requireCitation(item);
        if (item.isNew()) {
            Verdict current = verdicts.findById(verdict.getId()).orElseThrow();
            current.addEvidence(item);
            return evidence.save(item);
        }
        return evidence.save(item);
    }

    @Transactional
    public void removeEvidence(Verdict verdict, Evidence item) {
        requireEditable(verdict);
        Verdict current = verdicts.findById(verdict.getId()).orElseThrow();
        current.getEvidence().stream().filter(item::equals).findFirst().ifPresent(current::removeEvidence);
    }

    /**
     * Publishes a verdict that the desk has already approved outside the four-eyes workflow, such as
     * a curated seed verdict. Only an ADMIN may do this.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Verdict publishApproved(Verdict verdict) {
        verdict.publish(Instant.now());
        return verdicts.save(verdict);
    }

    /** Moves a draft to review. */
    @Transactional
    public Verdict submitForReview(Verdict verdict) {
        verdict.setStatus(VerdictStatus.IN_REVIEW);
        return verdicts.save(verdict);
    }

    private static void requireEditable(Verdict verdict) {
        if (!verdict.isEditable()) {
            throw new IllegalStateException("This verdict is " + verdict.getStatus().name().toLowerCase()
                    + ": it can no longer be edited; publish a correction instead.");
        }
    }

    private static void requireCitation(Evidence item) {
        if (item.getSource() == null && (item.getUrl() == null || item.getUrl().isBlank()
                || item.getTitle() == null || item.getTitle().isBlank())) {
            throw new IllegalArgumentException("Cite a source in the database, or a web page with its address and title.");
        }
    }
}
