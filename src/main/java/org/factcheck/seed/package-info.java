/**
 * Loading the curated seed (seed/*.yaml and the five documents) at startup, in one transaction,
 * once per item: a restart adds nothing and never overwrites what reviewers changed.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "claim", "entity", "history", "source", "verdict"})
package org.factcheck.seed;
