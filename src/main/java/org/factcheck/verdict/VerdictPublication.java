package org.factcheck.verdict;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.factcheck.base.TextLimits;
import org.hibernate.annotations.Immutable;

/**
 * One version of a verdict as the public was shown it: the first publication, or a correction with
 * its public note. Never changed afterwards, so every earlier version stays readable.
 */
@Entity
@Immutable
public class VerdictPublication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "verdict_id", nullable = false)
    private Verdict verdict;

    @Column(nullable = false)
    private int versionNumber;

    @Column(nullable = false)
    private Instant publishedAt;

    @Column(nullable = false)
    private String publishedBy;

    @Column(nullable = false)
    private String ratingLabel;

    @Column(nullable = false)
    private int ratingValue;

    @Size(max = TextLimits.PROSE)
    @Column(nullable = false)
    private String rationale;

    /** Why this version replaced the one before; absent for the first publication. */
    @Size(max = TextLimits.PROSE)
    private String correctionNote;

    /** A correction its own editor published without a second one, as the desk's setting allowed. */
    @Column(nullable = false)
    private boolean selfApproved;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "verdict_publication_evidence", joinColumns = @JoinColumn(name = "publication_id"))
    @OrderColumn(name = "position")
    private List<PublishedEvidence> evidence = new ArrayList<>();

    protected VerdictPublication() {
    }

    /** The verdict as it stands now, as version {@code versionNumber}. */
    VerdictPublication(Verdict verdict, int versionNumber, Instant publishedAt, String publishedBy, String correctionNote) {
        this(verdict, versionNumber, publishedAt, publishedBy, correctionNote, false);
    }

    VerdictPublication(Verdict verdict, int versionNumber, Instant publishedAt, String publishedBy, String correctionNote,
            boolean selfApproved) {
        this.selfApproved = selfApproved;
        this.verdict = verdict;
        this.versionNumber = versionNumber;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.ratingLabel = verdict.getRating().getLabel();
        this.ratingValue = verdict.getRating().getValue();
        this.rationale = verdict.getRationale();
        this.correctionNote = correctionNote;
        verdict.getEvidence().forEach(item -> evidence.add(PublishedEvidence.of(item)));
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public String getRatingLabel() {
        return ratingLabel;
    }

    public int getRatingValue() {
        return ratingValue;
    }

    public String getRationale() {
        return rationale;
    }

    public String getCorrectionNote() {
        return correctionNote;
    }

    public boolean isSelfApproved() {
        return selfApproved;
    }

    public List<PublishedEvidence> getEvidence() {
        return List.copyOf(evidence);
    }
}
