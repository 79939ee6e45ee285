package org.factcheck.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
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
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** A relation between two claims, such as two documents giving different dates for one event. */
@Entity
@EntityListeners(AuditingEntityListener.class)
public class ClaimLink {

    /** How two claims relate. */
    public enum Kind {
        CONTRADICTS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false)
    private Claim claim;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "other_claim_id", nullable = false)
    private Claim otherClaim;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Size(max = TextLimits.PROSE)
    private String note;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @CreatedBy
    @Column(nullable = false, updatable = false)
    private String createdBy;

    protected ClaimLink() {
    }

    ClaimLink(Claim claim, Claim otherClaim, Kind kind, String note) {
        this.claim = claim;
        this.otherClaim = otherClaim;
        this.kind = kind;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public Claim getClaim() {
        return claim;
    }

    public Claim getOtherClaim() {
        return otherClaim;
    }

    public Kind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }
}
