package org.factcheck.figures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** How the figures group a period: by ISO week (from Monday) or by calendar month, in UTC. */
public enum Grouping {
    WEEK("week"), MONTH("month");

    private final String sqlUnit;

    Grouping(String sqlUnit) {
        this.sqlUnit = sqlUnit;
    }

    /** PostgreSQL's {@code date_trunc} unit: 'week' starts on Monday, as ISO weeks do. */
    String sqlUnit() {
        return sqlUnit;
    }

    /** The first day of the week or month the day falls in. */
    LocalDate start(LocalDate day) {
        return this == WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }

    LocalDate next(LocalDate start) {
        return this == WEEK ? start.plusWeeks(1) : start.plusMonths(1);
    }

    /** "2026-W48" or "2026-11": how the chart, the table and the CSV name a week or a month. */
    String label(LocalDate start) {
        return this == WEEK
                ? "%d-W%02d".formatted(start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                : "%d-%02d".formatted(start.getYear(), start.getMonthValue());
    }
}
