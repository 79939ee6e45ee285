package org.factcheck.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Size;
import org.factcheck.base.EditableRecord;
import org.factcheck.base.TextLimits;
import org.factcheck.source.Source;
import org.hibernate.envers.Audited;

/** One place where a claim is made: the exact quote in a source, with its offsets and context. */
@Entity
@Audited
public class Appearance extends EditableRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false)
    private Claim claim;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id", nullable = false)
    private Source source;

    @Size(max = TextLimits.QUOTE)
    @Column(nullable = false)
    private String quote;

    @Column(nullable = false)
    private int startOffset;

    @Column(nullable = false)
    private int endOffset;

    @Column(nullable = false)
    private String prefix;

    @Column(nullable = false)
    private String suffix;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AnchorStatus anchorStatus = AnchorStatus.ANCHORED;

    protected Appearance() {
    }

    Appearance(Claim claim, Source source, QuoteAnchor anchor) {
        this.claim = claim;
        this.source = source;
        anchorAt(anchor);
    }

    /** Points the appearance at this place of the source's current text. */
    void anchorAt(QuoteAnchor anchor) {
        this.quote = anchor.quote();
        this.startOffset = anchor.start();
        this.endOffset = anchor.end();
        this.prefix = anchor.prefix();
        this.suffix = anchor.suffix();
        this.anchorStatus = AnchorStatus.ANCHORED;
    }

    /** The quote is no longer found exactly once in the source's text: its offsets mean nothing now. */
    void markBroken() {
        this.anchorStatus = AnchorStatus.BROKEN;
    }

    public Claim getClaim() {
        return claim;
    }

    public Source getSource() {
        return source;
    }

    public String getQuote() {
        return quote;
    }

    public int getStartOffset() {
        return startOffset;
    }

    public int getEndOffset() {
        return endOffset;
    }

    public String getPrefix() {
        return prefix;
    }

    public String getSuffix() {
        return suffix;
    }

    public AnchorStatus getAnchorStatus() {
        return anchorStatus;
    }

    public boolean isAnchored() {
        return anchorStatus == AnchorStatus.ANCHORED;
    }
}
