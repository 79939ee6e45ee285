package org.factcheck.matching;

import java.util.Locale;

/**
 * A known claim as the desk's automation reads it ({@code /desk/v1/known-claims}, a claim's
 * {@code same-claim}): what it is, where its verdict stands, how well it matches and whether its facts agree.
 *
 * @param kind "claim" for one of ours, "external" for another desk's fact-check
 * @param id our claim's id, or the other desk's fact-check's id here
 * @param url the other desk's review; null for ours
 * @param sameFacts false when its numbers, names or dates differ: similar wording, never the same claim
 * @param difference "similar wording, different numbers" and the like, or null when the facts agree
 */
public record KnownClaimAnswer(String kind, long id, String text, String rating, String standing, String publisher,
        String url, String sources, double score, boolean sameFacts, String difference) {

    public static KnownClaimAnswer of(KnownClaim known) {
        return new KnownClaimAnswer(known.known().kind().name().toLowerCase(Locale.ROOT), known.known().id(), known.text(),
                known.rating(), known.standing(), known.publisher(), known.url(), known.sources(),
                Math.round(known.score() * 1000) / 1000.0, known.agreement().same(),
                known.agreement().same() ? null : known.agreement().description());
    }
}
