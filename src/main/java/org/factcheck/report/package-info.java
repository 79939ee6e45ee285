/**
 * Verdict reports: the claims an editor selects (the claims grid's filter, or one claim) exported
 * as CSV, ClaimReview JSON-LD or PDF, from the UI or from {@code /reports/**} for automation.
 * CSV and JSON-LD stream row by row from a database cursor, so their size does not bound the memory
 * they take; a PDF is laid out whole in memory (openhtmltopdf), so its size does.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "base::ui", "claim", "claim::ui", "feed", "verdict"})
package org.factcheck.report;
