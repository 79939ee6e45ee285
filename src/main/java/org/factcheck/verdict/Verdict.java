package org.factcheck.verdict;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.factcheck.account.Reviewer;
import org.factcheck.claim.Claim;
import org.factcheck.base.EditableRecord;
import org.factcheck.base.TextLimits;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** The desk's finding on a claim: a rating, the reasoning, and the evidence behind it. */
@Entity
@Audited
public class Verdict extends EditableRecord {

    /** Google's advice for claimReviewed: longer ones are cut off in search results. */
    public static final int HEADLINE_MAX = 75;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false, unique = true)
    private Claim claim;

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "rating_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Rating rating;

    @Size(max = TextLimits.PROSE)
    @NotBlank
    @Column(nullable = false)
    private String rationale;

    /**
     * The claim in a line, for readers and search engines (ClaimReview's claimReviewed, the page title):
     * required to publish.
     */
    @Size(max = HEADLINE_MAX, message = "Keep the headline to " + HEADLINE_MAX + " characters")
    @Column(length = HEADLINE_MAX)
    private String headline;

    /** The language the verdict is written in (ISO 639-1), published as inLanguage. */
    @NotNull
    @Pattern(regexp = "[a-z]{2,3}", message = "Use a two- or three-letter ISO 639 code, such as en")
    @Column(nullable = false)
    private String language = "en";

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VerdictStatus status = VerdictStatus.DRAFT;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Reviewer author;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reviewer_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Reviewer reviewer;

    private Instant publishedAt;

    private Instant retractedAt;

    /** Who last changed the rating, rationale or evidence: they may not also publish that version (four eyes). */
    private String contentChangedBy;

    /** Why the verdict no longer stands; public, like a correction note. */
    @Size(max = TextLimits.PROSE)
    private String retractionNote;

    @OneToMany(mappedBy = "verdict", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Evidence> evidence = new ArrayList<>();

    protected Verdict() {
    }

    public Verdict(Claim claim, Rating rating, String rationale) {
        this.claim = claim;
        this.rating = rating;
        this.rationale = rationale;
    }

    public Evidence addEvidence(Evidence item) {
        item.attachTo(this, evidence.size());
        evidence.add(item);
        return item;
    }

    // The workflow's steps; the rules (who may take which step, and when) live in VerdictWorkflow.

    void moveTo(VerdictStatus status) {
        this.status = status;
    }

    void publish(Instant at, Reviewer approvedBy) {
        this.status = VerdictStatus.PUBLISHED;
        this.publishedAt = at;
        this.reviewer = approvedBy;
    }

    void retract(Instant at, String note) {
        this.status = VerdictStatus.RETRACTED;
        this.retractedAt = at;
        this.retractionNote = note;
    }

    void contentChangedBy(String username) {
        this.contentChangedBy = username;
    }

    public String getContentChangedBy() {
        return contentChangedBy;
    }

    public void removeEvidence(Evidence item) {
        evidence.remove(item);
    }

    /** Reviewers may change a verdict until it is published; after that only a correction changes it. */
    public boolean isEditable() {
        return status == VerdictStatus.DRAFT || status == VerdictStatus.IN_REVIEW;
    }

    public List<Evidence> getEvidence() {
        return Collections.unmodifiableList(evidence);
    }

    public Claim getClaim() {
        return claim;
    }

    public Rating getRating() {
        return rating;
    }

    public void setRating(Rating rating) {
        this.rating = rating;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline == null || headline.isBlank() ? null : headline.strip();
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public VerdictStatus getStatus() {
        return status;
    }

    public Reviewer getAuthor() {
        return author;
    }

    public void setAuthor(Reviewer author) {
        this.author = author;
    }

    public Reviewer getReviewer() {
        return reviewer;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getRetractedAt() {
        return retractedAt;
    }

    public String getRetractionNote() {
        return retractionNote;
    }
}
