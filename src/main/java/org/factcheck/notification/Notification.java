package org.factcheck.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** Something that waits for one reviewer, with who caused it and the claim it is about. */
@Entity
public class Notification {

    public enum Kind { MENTIONED, ASSIGNED, SUBMITTED_FOR_REVIEW, SENT_BACK, PUBLISHED, CORRECTION_PROPOSED, CORRECTED, RETRACTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    private Long claimId;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String message;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    private Instant readAt;

    protected Notification() {
    }

    Notification(String recipient, Kind kind, Long claimId, String actor, String message, Instant createdAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.claimId = claimId;
        this.actor = actor;
        this.message = message;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getClaimId() {
        return claimId;
    }

    public String getActor() {
        return actor;
    }

    /** "erin mentioned you on “The minister said…”: …", as the list and the e-mail show it. */
    public String getMessage() {
        return message;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
