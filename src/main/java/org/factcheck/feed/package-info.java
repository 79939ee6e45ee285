/**
 * The public, read-only API under /api/v1: published fact-checks as plain JSON, as a JSON Feed 1.1
 * and as schema.org ClaimReview, and the entities they involve. It is a read model with its own SQL
 * that selects only public columns of published verdicts; nothing here writes, and nothing here
 * needs a sign-in.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "entity", "matching", "verdict"})
package org.factcheck.feed;
