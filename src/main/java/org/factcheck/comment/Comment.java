package org.factcheck.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.factcheck.base.EditableRecord;
import org.hibernate.envers.Audited;

/** A reviewer's comment on a claim: plain text, never rendered as HTML. */
@Entity
@Audited
public class Comment extends EditableRecord {

    /** Long enough for a paragraph with a few links; the database holds the same limit (V300). */
    public static final int MAX_LENGTH = 5000;

    @Column(nullable = false, updatable = false)
    private long claimId;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private boolean edited;

    protected Comment() {
    }

    Comment(long claimId, String body) {
        this.claimId = claimId;
        this.body = body;
    }

    public long getClaimId() {
        return claimId;
    }

    public String getBody() {
        return body;
    }

    /** Whether its author changed it after posting. */
    public boolean isEdited() {
        return edited;
    }

    void rewrite(String body) {
        this.body = body;
        this.edited = true;
    }
}
