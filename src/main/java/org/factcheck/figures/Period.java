package org.factcheck.figures;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.factcheck.base.Refusal;

/**
 * The days the figures count, both inclusive, in UTC, grouped by week or month. A figure of a period
 * counts what happened in it: fact-checks first published, drafts started, corrections and retractions
 * published in those days.
 */
public record Period(LocalDate from, LocalDate to, Grouping grouping) {

    /** More bars than this would not be read, only scrolled. */
    static final int MOST_GROUPS = 260;

    public Period {
        if (from == null || to == null || grouping == null) {
            throw new Refusal("Choose the first and the last day of the period, and weeks or months.");
        }
        if (to.isBefore(from)) {
            throw new Refusal("The period ends before it begins: choose a last day on or after " + from + ".");
        }
        long groups = grouping == Grouping.WEEK ? ChronoUnit.WEEKS.between(grouping.start(from), to) + 1
                : ChronoUnit.MONTHS.between(grouping.start(from), to) + 1;
        if (groups > MOST_GROUPS) {
            throw new Refusal("Choose a shorter period, or months: at most " + MOST_GROUPS + " "
                    + grouping.sqlUnit() + "s are shown.");
        }
    }

    /** The period's first moment. */
    OffsetDateTime start() {
        return from.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** The moment after the period's last day, exclusive. */
    OffsetDateTime end() {
        return to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** The 52 weeks up to today, the figures' first view. */
    public static Period lastYear(LocalDate today) {
        return new Period(today.minusWeeks(52).plusDays(1), today, Grouping.WEEK);
    }
}
