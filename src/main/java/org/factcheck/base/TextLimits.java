package org.factcheck.base;

/**
 * The longest text each kind of field holds, in one place: entities declare them with
 * {@code @Size(max = ...)} (checked on every write, and shown next to a form's field), forms take
 * their maxLength and counter from those annotations, and migration V150 repeats them as CHECK
 * constraints (V152 for a source's full text). The seed's longest texts are a fifth of these or less (title 157, claim 222,
 * quote 287, rationale 442 characters).
 */
public final class TextLimits {

    /** A name: an entity or its alias, an outlet, an author, a publisher, a colleague's display name. */
    public static final int NAME = 250;
    /** A headline or a page's title. */
    public static final int TITLE = 500;
    /** A web address: what browsers and search engines handle reliably. */
    public static final int URL = 2_000;
    /** An email address (RFC 5321's longest path). */
    public static final int EMAIL = 254;
    /** A claim: one checkable statement, as the desk words it. */
    public static final int CLAIM = 2_000;
    /** A passage quoted from a text: where a claim appears, or what an item of evidence says. */
    public static final int QUOTE = 5_000;
    /** Prose the desk writes: a rationale, a note, a description, a comment on a workflow step. */
    public static final int PROSE = 20_000;
    /**
     * A source's whole text, exactly as received: a long report or transcript. An import takes at most
     * {@code factcheck.import.max-bytes} (2 MB by default), well under this.
     */
    public static final int FULL_TEXT = 5_000_000;

    private TextLimits() {
    }
}
