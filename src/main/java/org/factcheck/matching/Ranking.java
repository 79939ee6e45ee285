package org.factcheck.matching;

/**
 * How known claims are ranked against a sentence. {@code COMBINED} is the one to use; the others are
 * there so the quality benchmark can show what each signal adds.
 */
public enum Ranking {
    /** Meaning and words together, then numbers, names and dates that disagree moved down. */
    COMBINED,
    /** Words only: BM25 over English stems. */
    LEXICAL,
    /** Meaning only: cosine similarity of the sentence embeddings. */
    EMBEDDING,
    /** Trigram similarity of the whole texts (pg_trgm), as the claim page had it before. */
    TRIGRAM
}
