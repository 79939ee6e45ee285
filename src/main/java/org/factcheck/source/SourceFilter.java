package org.factcheck.source;

import java.time.LocalDate;

/** What the sources grid shows: every field optional; dates bound the published date, inclusive. */
public record SourceFilter(String text, String outlet, String language, LocalDate publishedFrom, LocalDate publishedTo) {

    public static SourceFilter none() {
        return new SourceFilter(null, null, null, null, null);
    }

    /** The text as a case-insensitive LIKE pattern over title, outlet and author, or null for any. */
    String textPattern() {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
