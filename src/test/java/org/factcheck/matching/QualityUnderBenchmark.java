package org.factcheck.matching;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.util.unit.DataSize;

/**
 * Claim-matching quality on CheckThat! 2020 Task 2, in-process: the same {@link MatchIndex} and
 * {@link Ranker} as the app, without HTTP, so that models and fusions can be compared in minutes
 * (bench/claim-matching measures the app itself through its API). Each model's embeddings of the
 * 10,375 claims and 800 tweets are kept in the cache folder, so a second run does not embed again.
 * Every choice is made on the first 400 tweets by id ("tune") and reported on the other 400 ("test").
 * <pre>
 *   bench/claim-matching in-process [--model minilm|bge|file --model-file F.onnx --tokenizer-file T.json] [--weight 0.4]
 *                                   [--data ../shared/claim-matching]
 *                                   [--cache /tmp/claim-matching-cache]
 * </pre>
 */
public final class QualityUnderBenchmark {

    private static final int TOP = 5;

    private QualityUnderBenchmark() {
    }

    record Tweet(String id, String text, String answer) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("model", "minilm", "data", "../shared/claim-matching",
                "cache", "/tmp/claim-matching-cache"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path data = Path.of(options.get("data"));
        String modelName = options.get("model").equals("file")
                ? Path.of(options.get("model-file")).getFileName().toString() : options.get("model");
        Path cache = Files.createDirectories(Path.of(options.get("cache")));
        EmbeddingModel model = switch (options.get("model")) {
            case "minilm" -> new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
            case "bge" -> new BgeSmallEnV15QuantizedEmbeddingModel(Runnable::run);
            // a model file a desk brings, as factcheck.matching.model-file and tokenizer-file take it
            case "file" -> new OnnxEmbeddingModel(Path.of(options.get("model-file")), Path.of(options.get("tokenizer-file")),
                    PoolingMode.MEAN, Runnable::run);
            default -> throw new IllegalArgumentException("--model minilm, bge or file (with --model-file and --tokenizer-file)");
        };
        SentenceEmbedder embedder = new SentenceEmbedder(model);

        List<CSVRecord> claims = rows(data.resolve("verified_claims.docs.tsv"));
        Map<String, String> answers = new HashMap<>();
        for (String line : Files.readAllLines(data.resolve("train/tweet-vclaim-pairs.qrels"))) {
            String[] parts = line.trim().split("\\s+");
            answers.put(parts[0], parts[2]);
        }
        List<Tweet> tweets = new ArrayList<>(rows(data.resolve("train/tweets.queries.tsv")).stream()
                .map(row -> new Tweet(row.get(0), row.get(1), answers.get(row.get(0)))).toList());
        tweets.sort(Comparator.comparingInt(tweet -> Integer.parseInt(tweet.id())));

        List<float[]> claimVectors = embedded(cache.resolve(modelName + "-claims.bin"), embedder,
                claims.stream().map(row -> row.get(1)).toList());
        List<String> queries = tweets.stream().map(tweet -> Ranker.cleaned(tweet.text())).toList();
        // named by the cleaned texts too, so that another cleaning embeds them again
        List<float[]> tweetVectors = embedded(cache.resolve(modelName + "-tweets-" + Integer.toHexString(queries.hashCode()) + ".bin"),
                embedder, queries);
        Map<String, float[]> queryVectors = new HashMap<>();
        for (int i = 0; i < tweets.size(); i++) {
            queryVectors.put(Ranker.cleaned(tweets.get(i).text()), tweetVectors.get(i));
        }
        SentenceEmbedder cached = new SentenceEmbedder(model) {
            @Override
            float[] embed(String sentence) {
                return queryVectors.computeIfAbsent(sentence, super::embed);
            }
        };

        MatchIndex index = new MatchIndex();
        for (int i = 0; i < claims.size(); i++) {
            CSVRecord claim = claims.get(i);
            index.put(Known.external(Long.parseLong(claim.get(0))), claim.get(1) + "\n" + claim.get(2), claimVectors.get(i));
        }
        index.refresh();

        List<Tweet> tune = tweets.subList(0, tweets.size() / 2);
        List<Tweet> test = tweets.subList(tweets.size() / 2, tweets.size());
        Map<String, Function<String, List<Known>>> rankings = new LinkedHashMap<>();
        rankings.put("lexical", rankedBy(cached, index, Ranking.LEXICAL, 0.3));
        rankings.put("embedding", rankedBy(cached, index, Ranking.EMBEDDING, 0.3));
        double weight = Double.parseDouble(options.getOrDefault("weight", "0.4"));
        rankings.put("combined", rankedBy(cached, index, Ranking.COMBINED, weight));
        System.out.printf("model %s, %d claims, %d tweets%n", modelName, claims.size(), tweets.size());
        System.out.printf("%-28s %8s %8s%n", "ranking", "tune", "test");
        rankings.forEach((name, ranking) -> System.out.printf("%-28s %8.3f %8.3f%n", name,
                meanAveragePrecision(tune, ranking), meanAveragePrecision(test, ranking)));
        minimumScore(tune, new Ranker(index, cached, new MatchingSettings(null, null, weight, false, DataSize.ofMegabytes(20)),
                null, null));
        index.destroy();
    }

    /**
     * For the claim page's minimum score: over the tuning tweets' top five (combined), at each minimum,
     * the share of the claims shown that are the right one, the share of tweets whose right one is shown,
     * and how many are shown a tweet. A disagreeing pair counts with its score before it moved down.
     */
    private static void minimumScore(List<Tweet> tweets, Ranker ranker) {
        List<List<Ranker.Ranked>> found = tweets.stream().map(tweet -> ranker.rank(tweet.text(), Ranking.COMBINED, null, TOP)).toList();
        System.out.printf("%-8s %10s %8s %8s%n", "minimum", "precision", "recall", "shown");
        for (int step = 6; step <= 16; step++) {
            double minimum = step * 0.05;
            int shown = 0;
            int right = 0;
            for (int i = 0; i < tweets.size(); i++) {
                for (Ranker.Ranked ranked : found.get(i)) {
                    double unmoved = ranked.agreement().same() ? ranked.score() : ranked.score() + Ranker.DISAGREEMENT;
                    if (unmoved >= minimum) {
                        shown++;
                        right += ranked.known().equals(Known.external(Long.parseLong(tweets.get(i).answer()))) ? 1 : 0;
                    }
                }
            }
            System.out.printf("%-8.2f %10.3f %8.3f %8.2f%n", minimum, shown == 0 ? 0 : (double) right / shown,
                    (double) right / tweets.size(), (double) shown / tweets.size());
        }
    }

    private static Function<String, List<Known>> rankedBy(SentenceEmbedder embedder, MatchIndex index, Ranking ranking,
            double weight) {
        Ranker ranker = new Ranker(index, embedder, new MatchingSettings(null, null, weight, false, DataSize.ofMegabytes(20)),
                null, null);
        return text -> ranker.rank(text, ranking, null, TOP).stream().map(Ranker.Ranked::known).toList();
    }

    /** MAP@5 with one right answer per tweet: the mean of 1/rank within the top five. */
    private static double meanAveragePrecision(List<Tweet> tweets, Function<String, List<Known>> ranking) {
        double total = 0;
        for (Tweet tweet : tweets) {
            List<Known> found = ranking.apply(tweet.text());
            int rank = found.indexOf(Known.external(Long.parseLong(tweet.answer())));
            total += rank < 0 ? 0 : 1.0 / (rank + 1);
        }
        return total / tweets.size();
    }

    private static List<float[]> embedded(Path file, SentenceEmbedder embedder, List<String> texts) throws IOException {
        if (Files.exists(file)) {
            try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
                int count = in.readInt();
                int dimensions = in.readInt();
                List<float[]> vectors = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    float[] vector = new float[dimensions];
                    for (int d = 0; d < dimensions; d++) {
                        vector[d] = in.readFloat();
                    }
                    vectors.add(vector);
                }
                return vectors;
            }
        }
        long start = System.nanoTime();
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BackgroundEmbedding.EMBED_BATCH) {
            vectors.addAll(embedder.embedAll(texts.subList(from, Math.min(texts.size(), from + BackgroundEmbedding.EMBED_BATCH))));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("embedded %d texts in %.0f s: %.1f/s%n", texts.size(), seconds, texts.size() / seconds);
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.writeInt(vectors.size());
            out.writeInt(vectors.getFirst().length);
            for (float[] vector : vectors) {
                for (float value : vector) {
                    out.writeFloat(value);
                }
            }
        }
        return vectors;
    }

    /** A TSV file's rows after its header; the claims' file quotes fields that hold line breaks. */
    private static List<CSVRecord> rows(Path tsv) throws IOException {
        CSVFormat format = tsv.toString().endsWith("queries.tsv")
                ? CSVFormat.TDF.builder().setQuote(null).setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get()
                : CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = format.parse(Files.newBufferedReader(tsv))) {
            return parser.getRecords();
        }
    }
}
