package org.factcheck.source;

/** How much of a published date is known: a source may be dated only to the month or year. */
public enum DatePrecision {
    DAY, MONTH, YEAR, UNKNOWN
}
