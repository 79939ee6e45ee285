package org.factcheck.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.search.Query;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ranks known claims against a sentence: the nearest in meaning and the best by words, each a list of
 * candidates, merged into one score ({@code factcheck.matching.embedding-weight} of meaning, the rest of
 * words, BM25 scaled to about 0–1 by {@link MatchIndex#byWords}); then a pair whose numbers, names or dates disagree moves down,
 * since it is at most similar wording. A claim not yet embedded is still found by its words.
 */
@Component
class Ranker {

    /** Each signal's candidates, at least: the right answer is rarely below this in either list. */
    static final int CANDIDATES = 100;
    /** How far a pair that disagrees on facts moves down: from a near-certain match to a doubtful one. */
    static final double DISAGREEMENT = 0.15;
    /** Web addresses and handles say nothing about the claim: a tweet's t.co link would match nothing anyway. */
    private static final Pattern NOISE = Pattern.compile("\\bhttps?://\\S+|\\bpic\\.twitter\\.com/\\S+|@\\w+|#");
    /** The share of letters in another script than Latin above which the English model's meaning is noise. */
    private static final double LATIN_SHARE = 0.5;

    /** A known claim ranked against the sentence, with the verdict on its facts. */
    record Ranked(Known known, String text, double score, Agreement agreement) {
    }

    private final MatchIndex index;
    private final SentenceEmbedder embedder;
    private final MatchingSettings settings;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    Ranker(MatchIndex index, SentenceEmbedder embedder, MatchingSettings settings, JdbcClient jdbc,
            TransactionTemplate transaction) {
        this.index = index;
        this.embedder = embedder;
        this.settings = settings;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** The best {@code count} known claims that pass the filter (null: all of them), best first. */
    List<Ranked> rank(String sentence, Ranking ranking, Query filter, int count) {
        String query = cleaned(sentence);
        if (query.isEmpty()) {
            return List.of();
        }
        int candidates = Math.max(CANDIDATES, count);
        return switch (ranking) {
            case TRIGRAM -> trigrams(query, filter == null, candidates).stream().limit(count).toList();
            case LEXICAL -> ranked(query, index.byWords(query, filter, candidates), count, false);
            case EMBEDDING -> ranked(query, byMeaning(query, filter, candidates), count, false);
            case COMBINED -> combined(query, filter, candidates, count);
        };
    }

    /** The sentence without what says nothing about its claim. */
    static String cleaned(String sentence) {
        return NOISE.matcher(sentence).replaceAll(" ").strip();
    }

    private List<MatchIndex.Hit> byMeaning(String query, Query filter, int candidates) {
        // the shipped model reads English; a desk that brings a multilingual one is trusted with any script
        boolean readable = settings.modelFile() != null || mostlyLatin(query);
        return readable ? index.byMeaning(embedder.embed(query), filter, candidates) : List.of();
    }

    private List<Ranked> combined(String query, Query filter, int candidates, int count) {
        List<MatchIndex.Hit> words = index.byWords(query, filter, candidates);
        List<MatchIndex.Hit> meaning = byMeaning(query, filter, candidates);
        // a claim the nearest neighbours missed is at most as near as the last of them
        double farthest = meaning.isEmpty() ? 0 : Math.max(0, meaning.getLast().score());
        double weight = meaning.isEmpty() ? 0 : settings.embeddingWeight();
        Map<Known, String> texts = new LinkedHashMap<>();
        Map<Known, Double> byWords = new HashMap<>();
        Map<Known, Double> byMeaning = new HashMap<>();
        words.forEach(hit -> {
            texts.put(hit.known(), hit.text());
            byWords.put(hit.known(), hit.score());
        });
        meaning.forEach(hit -> {
            texts.put(hit.known(), hit.text());
            byMeaning.put(hit.known(), hit.score());
        });
        List<MatchIndex.Hit> merged = new ArrayList<>();
        texts.forEach((known, text) -> merged.add(new MatchIndex.Hit(known, text,
                weight * byMeaning.getOrDefault(known, farthest) + (1 - weight) * byWords.getOrDefault(known, 0.0))));
        return ranked(query, merged, count, true);
    }

    /**
     * The best {@code count}, each with the agreement of its facts. The facts (regular expressions, the
     * time a ranking takes) are compared for the best three times as many only: a hit further down would
     * need most of those above it to disagree to come up.
     */
    private static List<Ranked> ranked(String query, List<MatchIndex.Hit> hits, int count, boolean moveDisagreeing) {
        return hits.stream()
                .sorted(Comparator.comparingDouble(MatchIndex.Hit::score).reversed())
                .limit(Math.max(3L * count, count + 20L))
                .map(hit -> {
                    Agreement agreement = Agreement.between(query, hit.text());
                    double score = moveDisagreeing && !agreement.same() ? hit.score() - DISAGREEMENT : hit.score();
                    return new Ranked(hit.known(), hit.text(), score, agreement);
                })
                .sorted(Comparator.comparingDouble(Ranked::score).reversed())
                .limit(count)
                .toList();
    }

    /** pg_trgm similarity over both tables, down to 0.1 so that a tweet finds something to rank. */
    private List<Ranked> trigrams(String query, boolean desk, int candidates) {
        return transaction.execute(status -> {
            jdbc.sql("set local pg_trgm.similarity_threshold = 0.1").update();
            return jdbc.sql("""
                    (select 'x' || id as key, claim_reviewed as text, similarity(claim_reviewed, :query) as score
                     from external_fact_check where claim_reviewed % :query)
                    union all
                    (select 'c' || c.id, c.text, similarity(c.text, :query) from claim c
                     where c.text % :query
                       and (:desk or exists (select 1 from verdict v where v.claim_id = c.id and v.status = 'PUBLISHED')))
                    order by score desc, key limit :candidates
                    """)
                    .param("query", query).param("desk", desk).param("candidates", candidates)
                    .query((rs, n) -> new Ranked(Known.ofKey(rs.getString("key")), rs.getString("text"),
                            rs.getDouble("score"), Agreement.between(query, rs.getString("text"))))
                    .list();
        });
    }

    /** Whether most of the sentence's letters are Latin, the only script the shipped model was trained on. */
    static boolean mostlyLatin(String sentence) {
        long letters = sentence.codePoints().filter(Character::isLetter).count();
        long latin = sentence.codePoints()
                .filter(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                .count();
        return letters == 0 || latin >= LATIN_SHARE * letters;
    }
}
