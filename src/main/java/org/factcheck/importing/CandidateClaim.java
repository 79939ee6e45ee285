package org.factcheck.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;

/**
 * A sentence of an imported source proposed as a claim, with its score and the reasons for it, at
 * code-point offsets into the source's text. A reviewer accepts it (a claim is anchored there) or
 * dismisses it; a decided candidate is never proposed again.
 */
@Entity
public class CandidateClaim {

    static final String REASON_SEPARATOR = "; ";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private long sourceId;

    @Column(nullable = false, updatable = false)
    private int startOffset;

    @Column(nullable = false, updatable = false)
    private int endOffset;

    @Column(nullable = false, updatable = false)
    private String sentence;

    @Column(nullable = false, updatable = false)
    private float score;

    @Column(nullable = false, updatable = false)
    private String reasons;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CandidateStatus status = CandidateStatus.PROPOSED;

    private Long claimId;

    private Instant decidedAt;

    private String decidedBy;

    protected CandidateClaim() {
    }

    CandidateClaim(long sourceId, CandidateFinder.Candidate candidate) {
        this.sourceId = sourceId;
        this.startOffset = candidate.start();
        this.endOffset = candidate.end();
        this.sentence = candidate.sentence();
        this.score = (float) candidate.score();
        this.reasons = String.join(REASON_SEPARATOR, candidate.reasons());
    }

    void accepted(long claim, String reviewer) {
        decided(CandidateStatus.ACCEPTED, reviewer);
        this.claimId = claim;
    }

    void dismissed(String reviewer) {
        decided(CandidateStatus.DISMISSED, reviewer);
    }

    private void decided(CandidateStatus newStatus, String reviewer) {
        if (status != CandidateStatus.PROPOSED) {
            throw new IllegalStateException("This sentence was " + status.name().toLowerCase() + " already by "
                    + decidedBy + ": reload the list.");
        }
        this.status = newStatus;
        this.decidedAt = Instant.now();
        this.decidedBy = reviewer;
    }

    public Long getId() {
        return id;
    }

    public long getSourceId() {
        return sourceId;
    }

    public int getStartOffset() {
        return startOffset;
    }

    public int getEndOffset() {
        return endOffset;
    }

    public String getSentence() {
        return sentence;
    }

    /** How likely the sentence is worth checking, from 0 to 1. */
    public double getScore() {
        return score;
    }

    /** Why it is proposed: "a number or quantity (2,500)", "names Joe Biden", ... */
    public List<String> getReasons() {
        return List.of(reasons.split(REASON_SEPARATOR));
    }

    public CandidateStatus getStatus() {
        return status;
    }

    /** The claim accepting it created, or null. */
    public Long getClaimId() {
        return claimId;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
