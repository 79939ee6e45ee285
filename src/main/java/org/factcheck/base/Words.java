package org.factcheck.base;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The domain's constants in the words people read (IN_REVIEW as "In review", or "in review" inside a
 * sentence), and moments in one unambiguous form for a desk that may sit in several time zones. The
 * one place for them: the views, the PDF report, the history and the refusals all say it alike.
 */
public final class Words {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Words() {
    }

    /** "In review", as a label; empty for none. */
    public static String of(Enum<?> constant) {
        String words = inSentence(constant);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** "in review", as it reads inside a sentence; empty for none. */
    public static String inSentence(Enum<?> constant) {
        return constant == null ? "" : constant.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /** "2026-11-05 14:03 UTC", or empty for no moment. */
    public static String of(Instant moment) {
        return moment == null ? "" : MOMENT.format(moment);
    }
}
