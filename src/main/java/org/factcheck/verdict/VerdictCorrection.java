package org.factcheck.verdict;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * A correction of a published verdict that one editor proposed and a second must publish (four eyes):
 * until then readers see the version before. One per verdict; a new proposal replaces it.
 */
@Entity
public class VerdictCorrection {

    @Id
    private Long verdictId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "rating_id", nullable = false)
    private Rating rating;

    /** The corrected headline; absent in corrections proposed before a correction could change it. */
    @Column(length = Verdict.HEADLINE_MAX)
    private String headline;

    @Column(nullable = false)
    private String rationale;

    @Column(nullable = false)
    private String publicNote;

    @Column(nullable = false)
    private String proposedBy;

    @Column(nullable = false)
    private Instant proposedAt;

    protected VerdictCorrection() {
    }

    VerdictCorrection(Verdict verdict, Rating rating, String headline, String rationale, String publicNote,
            String proposedBy, Instant at) {
        this.verdictId = verdict.getId();
        this.rating = rating;
        this.headline = headline;
        this.rationale = rationale;
        this.publicNote = publicNote;
        this.proposedBy = proposedBy;
        this.proposedAt = at;
    }

    public Rating getRating() {
        return rating;
    }

    /** The headline readers see once it is published: the verdict's own where the correction left it. */
    public String getHeadline() {
        return headline;
    }

    public String getRationale() {
        return rationale;
    }

    public String getPublicNote() {
        return publicNote;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }
}
