package org.factcheck.matching;

/**
 * A known claim that matches a sentence: one of the desk's claims, or another desk's fact-check.
 *
 * @param text the claim as its desk wrote it
 * @param rating the rating of its verdict ("False"), or null if it has none yet
 * @param standing where our verdict stands ("Published", "Draft"...); for another desk's, "Published"
 * @param publisher who checked it: this desk's name, or the other desk's
 * @param url another desk's review, or null for ours (its page is {@code claims/<id>})
 * @param sources where our claim appears (source titles), or null
 * @param score how well it matches, about 0–1
 * @param agreement whether its numbers, names and dates agree with the sentence's
 */
public record KnownClaim(Known known, String text, String rating, String standing, String publisher, String url,
        String sources, double score, Agreement agreement) {

    /** "Checked before: …, rated False, by Snopes" as the desk says it, or "similar wording, different numbers". */
    public String summary() {
        if (!agreement.same()) {
            return agreement.description() + ": “" + text + "”";
        }
        return "Checked before: “" + text + "”" + (rating == null ? ", no verdict yet" : ", rated " + rating)
                + ", by " + publisher;
    }
}
