package org.factcheck.entity;

import java.util.Locale;

/**
 * What a reviewer looks for in the list of entities: one type (or all, when null), and a piece of
 * text found in the name or in any alias, in any letter case.
 */
public record EntityFilter(EntityType type, String text) {

    /** The text as a LIKE pattern: anywhere in the spelling, with the wildcards in it taken literally. */
    String pattern() {
        String literal = text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }
}
