package org.factcheck.entity;

import java.util.Locale;

/**
 * What a reviewer looks for in the list of entities: one type (or all, when null), and a piece of
 * text found in the name or in any alias, in any letter case, or a spelling of one as the global
 * search finds it ("Soleimany" for Soleimani).
 */
public record EntityFilter(EntityType type, String text) {

    /**
     * pg_trgm's word similarity at or above which a name counts as a spelling of what a searcher typed:
     * 0.6 (the extension's default) keeps "Kazemi" → "Al-Kazemi" and "Kadhimy" → "al-Kadhimi" and leaves out
     * names that merely share a syllable. The global search and the Entities filter both use it.
     */
    public static final double SPELLED_LIKE = 0.6;

    /** The text as a LIKE pattern: anywhere in the spelling, with the wildcards in it taken literally. */
    String pattern() {
        String literal = text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }
}
