/**
 * Verdicts: a rating from a scale, with a rationale and the evidence for and against, moving from
 * draft through review to publication. {@code VerdictWorkflow} holds the workflow's rules (the steps,
 * who may take them, four eyes); {@link org.factcheck.verdict.VerdictService} is the way in.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "base", "base::ui", "claim", "claim::ui", "comment", "history", "history::ui", "matching", "source"})
package org.factcheck.verdict;
