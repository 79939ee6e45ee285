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
import org.factcheck.base.Refusal;
import org.factcheck.base.Words;
import org.factcheck.entity.EntityType;
import org.factcheck.source.DatePrecision;

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

    private String dismissalReason;

    @Column(nullable = false, updatable = false)
    private String unknownNames = "";

    /** How precisely the accepted claim's date is known: the claim keeps the date, not its precision. */
    @Enumerated(EnumType.STRING)
    private DatePrecision claimDatePrecision;

    protected CandidateClaim() {
    }

    CandidateClaim(long sourceId, CandidateFinder.Candidate candidate) {
        this.sourceId = sourceId;
        this.startOffset = candidate.start();
        this.endOffset = candidate.end();
        this.sentence = candidate.sentence();
        this.score = (float) candidate.score();
        this.reasons = String.join(REASON_SEPARATOR, candidate.reasons());
        this.unknownNames = String.join("\n", candidate.unknownNames().stream()
                .map(name -> name.likelyType() + "\t" + name.start() + "\t" + name.end() + "\t" + name.name()).toList());
    }

    void accepted(long claim, String reviewer, DatePrecision datePrecision) {
        decided(CandidateStatus.ACCEPTED, reviewer);
        this.claimId = claim;
        this.claimDatePrecision = datePrecision;
    }

    void dismissed(String reviewer, String reason) {
        decided(CandidateStatus.DISMISSED, reviewer);
        this.dismissalReason = reason;
    }

    private void decided(CandidateStatus newStatus, String reviewer) {
        if (status != CandidateStatus.PROPOSED) {
            throw new Refusal("This sentence was " + Words.inSentence(status) + " already by "
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
    /** How precisely the claim made of it is dated ("2021-07" a month): null until it is accepted. */
    public DatePrecision getClaimDatePrecision() {
        return claimDatePrecision;
    }

    public Long getClaimId() {
        return claimId;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    /** Why it was dismissed, or null. */
    public String getDismissalReason() {
        return dismissalReason;
    }

    /** The names in the sentence the database did not know when it was proposed, in text order. */
    public List<UnknownName> getUnknownNames() {
        if (unknownNames.isEmpty()) {
            return List.of();
        }
        return unknownNames.lines().map(line -> line.split("\t", 4))
                .map(parts -> new UnknownName(parts[3], EntityType.valueOf(parts[0]), Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2])))
                .toList();
    }
}
