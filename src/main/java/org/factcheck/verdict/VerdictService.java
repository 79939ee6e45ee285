package org.factcheck.verdict;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.factcheck.claim.Claim;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Verdicts on claims, their ratings and evidence. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('REVIEWER')")
public class VerdictService {

    /** The scale every new verdict uses until a desk defines its own. */
    public static final String DEFAULT_SCALE = "Default";

    private final VerdictRepository verdicts;
    private final RatingRepository ratings;

    VerdictService(VerdictRepository verdicts, RatingRepository ratings) {
        this.verdicts = verdicts;
        this.ratings = ratings;
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

    public long count() {
        return verdicts.count();
    }

    public long countByStatus(VerdictStatus status) {
        return verdicts.countByStatus(status);
    }

    @Transactional
    public Verdict save(Verdict verdict) {
        return verdicts.save(verdict);
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
}
