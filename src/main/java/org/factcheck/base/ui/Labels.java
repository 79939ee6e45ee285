package org.factcheck.base.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Turns the constants of the domain (IN_PROGRESS, MOSTLY_FALSE …) into words people read ("In
 * progress"), and moments into one unambiguous form for a desk that may sit in several time zones.
 */
public final class Labels {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Labels() {
    }

    /** "2026-11-05 14:03 UTC", or empty for no moment. */
    public static String of(Instant moment) {
        return moment == null ? "" : MOMENT.format(moment);
    }

    public static String of(Enum<?> constant) {
        if (constant == null) {
            return "";
        }
        String words = constant.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
