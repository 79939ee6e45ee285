/**
 * Verdict reports: the claims an editor selects (the claims grid's filter, or one claim) exported
 * as CSV, ClaimReview JSON-LD or PDF, from the UI or from {@code /reports/**} for automation.
 * Exports stream row by row, so their size does not bound the memory they take.
 */
package org.factcheck.report;
