package org.factcheck.claim;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.factcheck.account.Reviewer;
import org.factcheck.entity.NamedEntity;
import org.factcheck.base.EditableRecord;
import org.factcheck.base.NotInTheFuture;
import org.factcheck.base.TextLimits;
import org.factcheck.source.Source;
import org.hibernate.Hibernate;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** A normalized, checkable statement, with who made it and everywhere it appears. */
@Entity
@Audited
public class Claim extends EditableRecord {

    @Size(max = TextLimits.CLAIM)
    @NotBlank
    @Column(nullable = false)
    private String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "claimant_id")
    private NamedEntity claimant;

    @NotInTheFuture
    private LocalDate claimDate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CheckWorthiness checkWorthiness = CheckWorthiness.MEDIUM;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimStatus status = ClaimStatus.UNREVIEWED;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Reviewer assignee;

    /** The day the desk wants the check done; a day in the past is allowed (the claim is simply overdue). */
    private LocalDate dueDate;

    /** What a fact-checker should notice about the claim; internal, never published. */
    @Size(max = TextLimits.PROSE)
    private String note;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "claim_entity",
            joinColumns = @JoinColumn(name = "claim_id"),
            inverseJoinColumns = @JoinColumn(name = "entity_id"))
    private Set<NamedEntity> mentions = new LinkedHashSet<>();

    /**
     * The cluster of claims stating the same thing in other words or other documents; null when the
     * claim stands alone. Joining or leaving a cluster is not an edit of the claim's own fields, so it
     * does not count against a reviewer editing the claim at the same time (but the history keeps it).
     */
    @OptimisticLock(excluded = true)
    private Long clusterId;

    // A set, not a list: loaded together with the mentions, a list would repeat each appearance.
    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startOffset")
    private Set<Appearance> appearances = new LinkedHashSet<>();

    protected Claim() {
    }

    public Claim(String text) {
        this.text = text;
    }

    /** Records that the claim is made in the source at the anchored quote. */
    public Appearance appearsIn(Source source, QuoteAnchor anchor) {
        Appearance appearance = new Appearance(this, source, anchor);
        appearances.add(appearance);
        return appearance;
    }

    /** Removes an appearance that was anchored wrongly; the history keeps it. */
    public void removeAppearance(long appearanceId) {
        appearances.removeIf(appearance -> appearance.getId() != null && appearance.getId() == appearanceId);
    }

    public void mention(NamedEntity entity) {
        mentions.add(entity);
    }

    /** Replaces the entities the claim mentions. */
    public void setMentions(Set<NamedEntity> entities) {
        mentions.clear();
        mentions.addAll(entities);
    }

    public List<Appearance> getAppearances() {
        return List.copyOf(appearances);
    }

    public Set<NamedEntity> getMentions() {
        return Collections.unmodifiableSet(mentions);
    }

    /** False for a claim read without its mentions (a lazy collection never loaded). */
    boolean mentionsLoaded() {
        return Hibernate.isInitialized(mentions);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public NamedEntity getClaimant() {
        return claimant;
    }

    public void setClaimant(NamedEntity claimant) {
        this.claimant = claimant;
    }

    public LocalDate getClaimDate() {
        return claimDate;
    }

    public void setClaimDate(LocalDate claimDate) {
        this.claimDate = claimDate;
    }

    /**
     * The earliest publication date among the sources the claim appears in, when the claim is dated
     * before it: a date worth a second look (a typo, or the date of a different statement), though
     * it may be right, so the desk is asked rather than refused.
     */
    public Optional<LocalDate> earliestSourceDateAfterClaimDate() {
        return appearances.stream().map(appearance -> appearance.getSource().getPublishedOn()).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).filter(earliest -> claimDate != null && claimDate.isBefore(earliest));
    }

    public CheckWorthiness getCheckWorthiness() {
        return checkWorthiness;
    }

    public void setCheckWorthiness(CheckWorthiness checkWorthiness) {
        this.checkWorthiness = checkWorthiness;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public void setStatus(ClaimStatus status) {
        this.status = status;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    /** Due before today and its work not finished ({@link Overdue}). */
    public boolean isOverdue() {
        return Overdue.isOverdue(dueDate, status);
    }

    public Reviewer getAssignee() {
        return assignee;
    }

    public void setAssignee(Reviewer assignee) {
        this.assignee = assignee;
    }

    public Long getClusterId() {
        return clusterId;
    }

    void setClusterId(Long clusterId) {
        this.clusterId = clusterId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
