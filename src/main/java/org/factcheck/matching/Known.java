package org.factcheck.matching;

/** What a match is: one of the desk's claims, or another desk's fact-check; each with its id. */
public record Known(Kind kind, long id) {

    public enum Kind { CLAIM, EXTERNAL }

    static Known claim(long id) {
        return new Known(Kind.CLAIM, id);
    }

    static Known external(long id) {
        return new Known(Kind.EXTERNAL, id);
    }

    /** As the index keeps it: "c17", "x4". */
    String key() {
        return (kind == Kind.CLAIM ? "c" : "x") + id;
    }

    static Known ofKey(String key) {
        return new Known(key.charAt(0) == 'c' ? Kind.CLAIM : Kind.EXTERNAL, Long.parseLong(key.substring(1)));
    }
}
