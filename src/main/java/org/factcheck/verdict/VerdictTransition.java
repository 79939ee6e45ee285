package org.factcheck.verdict;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.factcheck.base.TextLimits;
import org.hibernate.annotations.Immutable;

/** One step of a verdict's workflow: from which status to which, who took it, when, and why. */
@Entity
@Immutable
public class VerdictTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "verdict_id", nullable = false)
    private Verdict verdict;

    /** Absent when the verdict came into being with this step. */
    @Enumerated(EnumType.STRING)
    private VerdictStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VerdictStatus toStatus;

    @Column(nullable = false)
    private String madeBy;

    @Column(nullable = false)
    private Instant madeAt;

    @Size(max = TextLimits.PROSE)
    private String comment;

    protected VerdictTransition() {
    }

    VerdictTransition(Verdict verdict, VerdictStatus fromStatus, VerdictStatus toStatus, String madeBy, Instant madeAt,
            String comment) {
        this.verdict = verdict;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.madeBy = madeBy;
        this.madeAt = madeAt;
        this.comment = comment;
    }

    /** The step in the desk's words: "Submitted for review", "Sent back to draft", "Corrected" … */
    public String step() {
        return step(fromStatus, toStatus);
    }

    /** The step from one status to another in the desk's words; {@code from} is null when the verdict came into being. */
    public static String step(VerdictStatus from, VerdictStatus to) {
        return VerdictStep.recorded(from, to).taken();
    }

    public VerdictStatus getFromStatus() {
        return fromStatus;
    }

    public VerdictStatus getToStatus() {
        return toStatus;
    }

    public String getMadeBy() {
        return madeBy;
    }

    public Instant getMadeAt() {
        return madeAt;
    }

    public String getComment() {
        return comment;
    }
}
