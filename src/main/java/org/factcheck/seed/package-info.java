/**
 * Loading the curated seed (seed/*.yaml and the five documents) at startup, in one transaction,
 * once per item: a restart adds nothing and never overwrites what reviewers changed.
 */
package org.factcheck.seed;
