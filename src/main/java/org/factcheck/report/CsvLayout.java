package org.factcheck.report;

/** What one CSV row stands for. */
public enum CsvLayout {
    /** One row per claim, with the language of the source it first appeared in. */
    CLAIM,
    /** One row per appearance: the claim's columns repeated, then the quote and its source. */
    APPEARANCE
}
