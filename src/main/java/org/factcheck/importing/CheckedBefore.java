package org.factcheck.importing;

/**
 * A known claim that a candidate sentence may state again, as the known-claims matcher finds it: one
 * of the desk's claims ({@code claimId}) or another desk's fact-check ({@code url} of its review).
 *
 * @param rating the rating of its verdict ("False"), or null if it has none yet
 * @param publisher who checked it: this desk, or the other desk
 * @param similarity how well it matches, about 0–1, as the matcher scores it (three decimals)
 * @param sameDetails whether its numbers, dates and names agree with the sentence's
 * @param summary what the desk reads: "Checked before: “…”, rated False, by Snopes", or "similar
 *        wording, different numbers: “…”"
 */
public record CheckedBefore(Long claimId, String url, String text, String rating, String publisher, double similarity,
        boolean sameDetails, String summary) {
}
