/**
 * The history of every change: Hibernate Envers writes a revision per committed change set, and
 * each revision names the reviewer who made it (and why, where a reason was given). Reading it back
 * ({@link org.factcheck.history.HistoryService}) works by entity class and id, and the activity log
 * knows the audit tables by name only, so history depends on no feature and every feature may
 * depend on it: sources and entities show their own history with {@code history.ui.RecordHistory};
 * the claim page's history (claim, appearances, verdict, evidence) is added by the verdict feature,
 * the one that knows all four.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "base", "base::ui"})
package org.factcheck.history;
