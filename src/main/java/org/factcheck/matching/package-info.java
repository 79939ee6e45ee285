/**
 * "Has this been checked already?": claims matched by meaning (a sentence-embedding model shipped in
 * a Maven artifact, run in the JVM) and by words (Lucene BM25), over the desk's claims and other desks'
 * fact-checks imported as ClaimReview. Embeddings are computed in the background for every claim,
 * however it arrived; numbers, names and dates must agree for two sentences to count as the same claim.
 * {@link org.factcheck.matching.KnownClaims} serves the desk, {@link org.factcheck.matching.PublicMatches}
 * the public claims:search of the feed.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "base"})
package org.factcheck.matching;
