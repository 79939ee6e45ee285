package org.factcheck.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One committed change set: when, by whom, and optionally why. */
@Entity
@RevisionEntity(RevisionAuthorListener.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(nullable = false)
    private Instant revisedAt;

    @Column(nullable = false)
    private String reviewer;

    private String reason;

    public Long getId() {
        return id;
    }

    public Instant getRevisedAt() {
        return revisedAt;
    }

    public String getReviewer() {
        return reviewer;
    }

    void setReviewer(String reviewer) {
        this.reviewer = reviewer;
    }

    public String getReason() {
        return reason;
    }

    void setReason(String reason) {
        this.reason = reason;
    }
}
