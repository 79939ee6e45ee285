package org.factcheck.matching;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.search.Query;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ranks known claims against a sentence: the nearest in meaning and the best by words, each a list of
 * candidates, fused by reciprocal rank weighted as the score is; each shows a score of {@code factcheck.matching.embedding-weight}
 * of meaning and the rest of words (BM25 scaled to about 0–1 by {@link MatchIndex#byWords}). A pair whose
 * numbers, names or dates disagree moves down, since it is at most similar wording. A claim not yet
 * embedded is still found by its words.
 */
@Component
class Ranker {

    /** Each signal's candidates, at least: the right answer is rarely below this in either list. */
    static final int CANDIDATES = 100;
    /** How far a pair that disagrees on facts moves down: from a near-certain match to a doubtful one. */
    static final double DISAGREEMENT = 0.15;
    /** Reciprocal rank fusion's constant, chosen on the tuning tweets (docs/benchmarks.md, section 10). */
    static final int FUSION_K = 10;
    /**
     * The cosine under which a claim's place among the nearest in meaning earns it nothing: below it the
     * model sees no relation (a near-empty "Published m3f…" is about 0.1 from anything), and in a small
     * or sparse index such claims would otherwise be first of that list and outrank a real match found
     * by its words only (one not yet embedded, say). Chosen on the tuning tweets (docs/benchmarks.md, section 10).
     */
    static final double RELATED = 0.3;
    /** In the fused order, a pair whose facts disagree moves down as far as from first to fifth in one list. */
    private static final double DISAGREEMENT_IN_PLACE = 1.0 / (FUSION_K + 1) - 1.0 / (FUSION_K + 5);
    /** Web addresses and handles say nothing about the claim: a tweet's t.co link would match nothing anyway. */
    private static final Pattern NOISE = Pattern.compile("\\bhttps?://\\S+|\\bpic\\.twitter\\.com/\\S+|@\\w+|#");
    /** A hashtag's words are the claim's words: #BernieSanders is "Bernie Sanders". */
    private static final Pattern HASHTAG = Pattern.compile("#(\\p{L}[\\p{L}\\p{N}]*)");
    private static final Pattern CAMEL_CASE = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
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
            case LEXICAL -> ranked(query, index.byWords(query, filter, candidates), count);
            case EMBEDDING -> ranked(query, byMeaning(query, filter, candidates), count);
            case COMBINED -> combined(query, filter, candidates, count);
        };
    }

    /** The sentence without what says nothing about its claim. */
    static String cleaned(String sentence) {
        String hashtagsSplit = HASHTAG.matcher(sentence).replaceAll(tag -> CAMEL_CASE.matcher(tag.group(1)).replaceAll(" "));
        return NOISE.matcher(hashtagsSplit).replaceAll(" ").strip();
    }

    private List<MatchIndex.Hit> byMeaning(String query, Query filter, int candidates) {
        // the shipped model reads English; a desk that brings a multilingual one is trusted with any script
        boolean readable = settings.modelFile() != null || mostlyLatin(query);
        return readable ? index.byMeaning(embedder.embed(query), filter, candidates) : List.of();
    }

    /**
     * Both lists fused by reciprocal rank, each place giving its list's share (the embedding weight for
     * meaning, the rest for words) over k + rank, which does not depend on how BM25's scores compare with
     * cosines; the score each match shows is still their weighted sum, about 0–1, for
     * the reviewer's "% alike" and the claim page's minimum. A pair whose facts disagree moves down in both.
     */
    private List<Ranked> combined(String query, Query filter, int candidates, int count) {
        List<MatchIndex.Hit> words = index.byWords(query, filter, candidates);
        List<MatchIndex.Hit> meaning = byMeaning(query, filter, candidates);
        // a claim the nearest neighbours missed is at most as near as the last of them
        double farthest = meaning.isEmpty() ? 0 : Math.max(0, meaning.getLast().score());
        double weight = meaning.isEmpty() ? 0 : settings.embeddingWeight();
        Map<Known, String> texts = new HashMap<>();
        Map<Known, Double> byWords = new HashMap<>();
        Map<Known, Double> byMeaning = new HashMap<>();
        Map<Known, Double> fused = new HashMap<>();
        // each list's places count by its share, twice so that equal shares are plain reciprocal rank fusion
        fuse(words, 0, 2 * (1 - weight), texts, byWords, fused);
        fuse(meaning, RELATED, 2 * weight, texts, byMeaning, fused);
        record Placed(Ranked ranked, double place) {
        }
        return fused.entrySet().stream()
                .sorted(Map.Entry.<Known, Double>comparingByValue().reversed())
                .limit(Math.max(3L * count, count + 20L))
                .map(entry -> {
                    Known known = entry.getKey();
                    Agreement agreement = Agreement.between(query, texts.get(known));
                    double score = weight * byMeaning.getOrDefault(known, farthest) + (1 - weight) * byWords.getOrDefault(known, 0.0);
                    return agreement.same() ? new Placed(new Ranked(known, texts.get(known), score, agreement), entry.getValue())
                            : new Placed(new Ranked(known, texts.get(known), score - DISAGREEMENT, agreement),
                                    entry.getValue() - DISAGREEMENT_IN_PLACE);
                })
                .sorted(Comparator.comparingDouble(Placed::place).reversed())
                .limit(count)
                .map(Placed::ranked)
                .toList();
    }

    /** Each hit's text and score, and for those scoring at least the minimum, credit for their place. */
    private static void fuse(List<MatchIndex.Hit> hits, double minimum, double share, Map<Known, String> texts,
            Map<Known, Double> scores, Map<Known, Double> fused) {
        for (int rank = 0; rank < hits.size(); rank++) {
            MatchIndex.Hit hit = hits.get(rank);
            texts.put(hit.known(), hit.text());
            scores.put(hit.known(), hit.score());
            if (hit.score() >= minimum) {
                fused.merge(hit.known(), share / (FUSION_K + rank + 1), Double::sum);
            }
        }
    }

    /**
     * The best {@code count} by one signal, each with the agreement of its facts. The facts (regular
     * expressions, the time a ranking takes) are compared for the best only.
     */
    private static List<Ranked> ranked(String query, List<MatchIndex.Hit> hits, int count) {
        return hits.stream()
                .sorted(Comparator.comparingDouble(MatchIndex.Hit::score).reversed())
                .limit(count)
                .map(hit -> new Ranked(hit.known(), hit.text(), hit.score(), Agreement.between(query, hit.text())))
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
                    (select 'c' || c.id, c.text, similarity(c.text, :query) from claim_statement c
                     where c.text % :query
                       and (:desk or exists (select 1 from claim_verdict v where v.claim_id = c.id and v.status = 'PUBLISHED')))
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
