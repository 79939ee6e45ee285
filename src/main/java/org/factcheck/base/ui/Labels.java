package org.factcheck.base.ui;

import java.time.Instant;
import org.factcheck.base.Words;

/**
 * The views' name for {@link Words}: constants of the domain (IN_PROGRESS, MOSTLY_FALSE …) as the words
 * people read ("In progress"), and moments in the desk's one form. The words themselves are decided in
 * {@link Words}, outside the UI, so the PDF report and the history say them alike.
 */
public final class Labels {

    private Labels() {
    }

    /** "2026-11-05 14:03 UTC", or empty for no moment. */
    public static String of(Instant moment) {
        return Words.of(moment);
    }

    public static String of(Enum<?> constant) {
        return Words.of(constant);
    }
}
