package org.factcheck.search;

/**
 * One result: what it is, a title, a snippet whose matching words lie between {@link #MARK_START} and
 * {@link #MARK_END} (plain text otherwise: a view must escape it), and the route of its page.
 */
public record SearchHit(SearchHitType type, long id, String title, String snippet, String route) {

    /** Private-use characters, so that no text a source contains can pass for a marker. */
    public static final String MARK_START = "\uE000";
    public static final String MARK_END = "\uE001";
}
