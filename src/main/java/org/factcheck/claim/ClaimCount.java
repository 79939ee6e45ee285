package org.factcheck.claim;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * How many claims a filter selects: exact up to {@link #EXACT_UP_TO}, beyond that PostgreSQL's estimate,
 * because counting a million claims exactly costs more than a reviewer should wait for a number.
 */
public record ClaimCount(long claims, boolean exact) {

    /** Counted exactly up to here: a count this size is read from an index in a few milliseconds. */
    public static final int EXACT_UP_TO = 10_000;

    /** "1,234", or "about 880,000" for an estimate (two significant digits: all an estimate knows). */
    public String shown() {
        if (exact) {
            return String.format(Locale.ENGLISH, "%,d", claims);
        }
        long rounded = new BigDecimal(claims).round(new MathContext(2)).longValue();
        return String.format(Locale.ENGLISH, "about %,d", rounded);
    }
}
