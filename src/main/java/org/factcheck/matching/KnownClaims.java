package org.factcheck.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factcheck.base.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * "Has this been checked already?" for the desk: the known claims (ours, whatever their verdict, and
 * other desks' fact-checks) that match a sentence, with their ratings and publishers. The import calls
 * {@link #checkedBefore}, the claim page {@link #sameClaimAs}, the Check a claim view both it and
 * {@link #progress}.
 */
@Service
@PreAuthorize("hasRole('REVIEWER')")
public class KnownClaims {

    /** Enough to read through; further ones are rarely the same claim. */
    public static final int SHOWN = 10;
    /** The claim page suggests fewer: each asks the reviewer to confirm or reject it. */
    public static final int SUGGESTED = 5;
    /** Longer than any claim: a pasted article is not a sentence to match. */
    public static final int LONGEST_SENTENCE = 1_000;

    private final Ranker ranker;
    private final BackgroundEmbedding embedding;
    private final JdbcClient jdbc;
    private final String publisher;
    private final double minimumScore;

    KnownClaims(Ranker ranker, BackgroundEmbedding embedding, JdbcClient jdbc, MatchingSettings settings,
            @Value("${factcheck.publisher.name:Fact-check desk}") String publisher) {
        this.minimumScore = settings.minimumScore();
        this.ranker = ranker;
        this.embedding = embedding;
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    /**
     * The known claims that match a sentence, best first: for an import's candidate claims and the Check
     * a claim box. Refuses an empty sentence, or one longer than {@link #LONGEST_SENTENCE}, with a message
     * to show next to the field.
     */
    public List<KnownClaim> checkedBefore(String sentence) {
        String checked = checkable(sentence);
        return details(ranker.rank(checked, Ranking.COMBINED, null, SHOWN));
    }

    /**
     * Claims and other desks' fact-checks that may state the same as this claim: matched by its wording
     * and by each quote of it in a source, leaving out the claim itself and the claims given (its
     * cluster, the pairs a reviewer rejected). Only those that score at least
     * {@code factcheck.matching.minimum-score}, or would but for numbers, names or dates that disagree
     * (shown as similar wording, never as the same claim); at most {@link #SUGGESTED}.
     */
    public List<KnownClaim> sameClaimAs(long claimId, Collection<Long> leaveOut) {
        List<String> wordings = jdbc.sql("""
                select text from claim_statement where id = :id
                union select quote from claim_appearance where claim_id = :id
                """).param("id", claimId).query(String.class).list();
        Set<Known> left = new HashSet<>();
        left.add(Known.claim(claimId));
        leaveOut.forEach(id -> left.add(Known.claim(id)));
        Map<Known, Ranker.Ranked> best = new HashMap<>();
        for (String wording : wordings) {
            for (Ranker.Ranked ranked : ranker.rank(wording, Ranking.COMBINED, null, SUGGESTED + left.size())) {
                double unmoved = ranked.agreement().same() ? ranked.score() : ranked.score() + Ranker.DISAGREEMENT;
                if (!left.contains(ranked.known()) && unmoved >= minimumScore) {
                    best.merge(ranked.known(), ranked, (one, other) -> one.score() >= other.score() ? one : other);
                }
            }
        }
        return details(best.values().stream()
                .sorted(Comparator.comparingDouble(Ranker.Ranked::score).reversed())
                .limit(SUGGESTED)
                .toList());
    }

    public EmbeddingProgress progress() {
        return embedding.progress();
    }

    static String checkable(String sentence) {
        String stripped = sentence == null ? "" : sentence.strip();
        if (stripped.isEmpty()) {
            throw new Refusal("Enter the sentence to check.");
        }
        if (stripped.length() > LONGEST_SENTENCE) {
            throw new Refusal("Check one claim at a time: at most " + LONGEST_SENTENCE
                    + " characters, not " + stripped.length() + ".");
        }
        return stripped;
    }

    /** The ranked claims with their verdicts and publishers, in rank order; a claim deleted since drops out. */
    private List<KnownClaim> details(List<Ranker.Ranked> ranked) {
        List<Long> claimIds = ids(ranked, Known.Kind.CLAIM);
        List<Long> externalIds = ids(ranked, Known.Kind.EXTERNAL);
        Map<Known, KnownClaim> found = new HashMap<>();
        if (!claimIds.isEmpty()) {
            jdbc.sql("""
                    select c.id, c.text, v.rating_label as label, v.status,
                           (select string_agg(distinct s.title, ' · ') from claim_appearance a join source_listing s on s.id = a.source_id
                            where a.claim_id = c.id) as sources
                    from claim_statement c left join claim_verdict v on v.claim_id = c.id
                    where c.id in (:ids)
                    """).param("ids", claimIds)
                    .query((rs, n) -> new KnownClaim(Known.claim(rs.getLong("id")), rs.getString("text"),
                            rs.getString("label"), standing(rs.getString("status")), publisher, null,
                            rs.getString("sources"), 0, Agreement.SAME_DETAILS))
                    .list().forEach(claim -> found.put(claim.known(), claim));
        }
        if (!externalIds.isEmpty()) {
            jdbc.sql("""
                    select id, claim_reviewed, textual_rating, coalesce(publisher_name, publisher_site, url) as publisher, url
                    from external_fact_check where id in (:ids)
                    """).param("ids", externalIds)
                    .query((rs, n) -> new KnownClaim(Known.external(rs.getLong("id")), rs.getString("claim_reviewed"),
                            rs.getString("textual_rating"), "Published", rs.getString("publisher"), rs.getString("url"),
                            null, 0, Agreement.SAME_DETAILS))
                    .list().forEach(claim -> found.put(claim.known(), claim));
        }
        List<KnownClaim> known = new ArrayList<>();
        for (Ranker.Ranked one : ranked) {
            KnownClaim claim = found.get(one.known());
            if (claim != null) {
                known.add(new KnownClaim(claim.known(), claim.text(), claim.rating(), claim.standing(), claim.publisher(),
                        claim.url(), claim.sources(), one.score(), one.agreement()));
            }
        }
        return known;
    }

    private static List<Long> ids(List<Ranker.Ranked> ranked, Known.Kind kind) {
        return ranked.stream().map(Ranker.Ranked::known).filter(known -> known.kind() == kind).map(Known::id).toList();
    }

    private static String standing(String status) {
        if (status == null) {
            return "No verdict yet";
        }
        return status.charAt(0) + status.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
