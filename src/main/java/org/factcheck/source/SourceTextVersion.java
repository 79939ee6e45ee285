package org.factcheck.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** A text a source had before a new text version replaced it, kept readable with who replaced it, when and why. */
@Entity
@Immutable
public class SourceTextVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id", nullable = false)
    private Source source;

    /** 1 for the text the source entered with. */
    @Column(nullable = false)
    private int versionNumber;

    @Column(nullable = false)
    private String fullText;

    @Column(nullable = false)
    private String sha256;

    @Column(nullable = false)
    private Instant replacedAt;

    @Column(nullable = false)
    private String replacedBy;

    @Column(nullable = false)
    @Size(max = TextLimits.PROSE)
    private String reason;

    protected SourceTextVersion() {
    }

    /** Keeps the source's current text as version {@code versionNumber}, replaced now. */
    SourceTextVersion(Source source, int versionNumber, Instant replacedAt, String replacedBy, String reason) {
        this.source = source;
        this.versionNumber = versionNumber;
        this.fullText = source.getFullText();
        this.sha256 = source.getSha256();
        this.replacedAt = replacedAt;
        this.replacedBy = replacedBy;
        this.reason = reason;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getFullText() {
        return fullText;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }

    public String getReplacedBy() {
        return replacedBy;
    }

    public String getReason() {
        return reason;
    }
}
