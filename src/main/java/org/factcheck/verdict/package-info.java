/**
 * Verdicts: a rating from a scale, with a rationale and the evidence for and against, moving from
 * draft through review to publication.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "base", "base::ui", "claim", "history", "history::ui", "matching", "source"})
package org.factcheck.verdict;
