package org.factcheck.matching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.util.unit.DataSize;

/**
 * The two index options for a million embeddings, side by side (docs/benchmarks.md, section 10): an
 * exact scan over vectors quantized to one byte a dimension in one array in the heap, and Lucene's HNSW
 * over 7-bit quantized vectors as {@link MatchIndex} keeps them. Also the embedding throughput, on a
 * sample of the CheckThat! claims.
 * <p>
 * A million real claims would take hours to embed on this machine, so the million vectors are the
 * sample's embeddings replicated, each copy moved by a little Gaussian noise (then normalised), so that
 * no two are equal; the queries are the embeddings of tweets. Recall@10 is measured against an exact
 * scan of the float vectors.
 * <pre>
 *   bench/claim-index [--vectors 1000000] [--hnsw-vectors 1000000] [--sample 3000] [--queries 200]
 *                     [--data ../shared/claim-matching] [--noise 0.02]
 * </pre>
 */
public final class IndexUnderBenchmark {

    private static final int TOP = 10;
    /** Unit vectors of 384 dimensions have components well inside ±0.25: scaled by 4 before rounding to a byte. */
    private static final float SPREAD = 4;

    private IndexUnderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("vectors", "1000000", "hnsw-vectors", "1000000",
                "sample", "3000", "queries", "200", "data", "../shared/claim-matching", "noise", "0.02"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int vectors = Integer.parseInt(options.get("vectors"));
        int hnswVectors = Integer.parseInt(options.get("hnsw-vectors"));
        int sample = Integer.parseInt(options.get("sample"));
        int queryCount = Integer.parseInt(options.get("queries"));
        double noise = Double.parseDouble(options.get("noise"));
        Path data = Path.of(options.get("data"));

        SentenceEmbedder embedder = new SentenceEmbedder(new MatchingSettings(null, null, 0.6, true, DataSize.ofMegabytes(20)));
        List<String> claims = column(data.resolve("verified_claims.docs.tsv"), sample);
        List<String> tweets = column(data.resolve("train/tweets.queries.tsv"), queryCount);
        embedder.embedAll(claims.subList(0, Math.min(64, claims.size())));
        long began = System.nanoTime();
        List<float[]> embedded = new ArrayList<>();
        for (int i = 0; i < claims.size(); i += BackgroundEmbedding.EMBED_BATCH) {
            embedded.addAll(embedder.embedAll(claims.subList(i, Math.min(claims.size(), i + BackgroundEmbedding.EMBED_BATCH))));
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf("embedding: %d claims in %.1f s = %.1f claims/s (batches of %d); a million would take %.1f h%n",
                claims.size(), seconds, claims.size() / seconds, BackgroundEmbedding.EMBED_BATCH,
                1_000_000 / (claims.size() / seconds) / 3600);
        List<float[]> queries = embedder.embedAll(tweets);

        int dimensions = embedded.getFirst().length;
        Random random = new Random(42);
        float[][] all = new float[vectors][];
        for (int i = 0; i < vectors; i++) {
            float[] copy = embedded.get(i % embedded.size()).clone();
            for (int d = 0; d < dimensions; d++) {
                copy[d] += (float) (random.nextGaussian() * noise);
            }
            all[i] = SentenceEmbedder.normalized(copy);
        }
        List<Set<Integer>> truth = queries.stream().map(query -> nearest(all, query, vectors)).toList();

        byte[] quantized = new byte[vectors * dimensions];
        for (int i = 0; i < vectors; i++) {
            byte[] one = quantized(all[i]);
            System.arraycopy(one, 0, quantized, i * dimensions, dimensions);
        }
        long[] exactNanos = new long[queries.size()];
        List<int[]> exactTop = new ArrayList<>();
        for (int q = 0; q < queries.size(); q++) {
            byte[] query = quantized(queries.get(q));
            long start = System.nanoTime();
            exactTop.add(scan(quantized, query, vectors, dimensions));
            exactNanos[q] = System.nanoTime() - start;
        }
        System.out.printf("exact scan over %,d int8 vectors (%,d MB in the heap): p50 %.1f ms, p95 %.1f ms, recall@10 %.3f%n",
                vectors, quantized.length / (1024 * 1024), percentile(exactNanos, 50), percentile(exactNanos, 95),
                recall(exactTop, truth));

        List<Set<Integer>> hnswTruth = hnswVectors == vectors ? truth
                : queries.stream().map(query -> nearest(all, query, hnswVectors)).toList();
        MatchIndex index = new MatchIndex();
        long building = System.nanoTime();
        for (int i = 0; i < hnswVectors; i++) {
            index.put(Known.external(i), "claim " + i, all[i]);
        }
        index.refresh();
        double buildSeconds = (System.nanoTime() - building) / 1e9;
        long[] hnswNanos = new long[queries.size()];
        List<int[]> hnswTop = new ArrayList<>();
        for (int q = 0; q < queries.size(); q++) {
            long start = System.nanoTime();
            List<MatchIndex.Hit> hits = index.byMeaning(queries.get(q), null, TOP);
            hnswNanos[q] = System.nanoTime() - start;
            hnswTop.add(hits.stream().mapToInt(hit -> (int) hit.known().id()).toArray());
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("Lucene HNSW over %,d vectors (built and refreshed in %.0f s; %,d MB on disk, memory-mapped): "
                        + "p50 %.1f ms, p95 %.1f ms, recall@10 %.3f; heap in use %,d MB%n",
                hnswVectors, buildSeconds, folderSize(index) / (1024 * 1024), percentile(hnswNanos, 50),
                percentile(hnswNanos, 95), recall(hnswTop, hnswTruth),
                (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
        index.destroy();
    }

    private static byte[] quantized(float[] vector) {
        byte[] bytes = new byte[vector.length];
        for (int d = 0; d < vector.length; d++) {
            bytes[d] = (byte) Math.round(Math.max(-1, Math.min(1, vector[d] * SPREAD)) * 127);
        }
        return bytes;
    }

    private static int[] scan(byte[] quantized, byte[] query, int vectors, int dimensions) {
        int[] best = new int[TOP];
        int[] bestScore = new int[TOP];
        Arrays.fill(bestScore, Integer.MIN_VALUE);
        for (int i = 0; i < vectors; i++) {
            int score = 0;
            int offset = i * dimensions;
            for (int d = 0; d < dimensions; d++) {
                score += quantized[offset + d] * query[d];
            }
            if (score > bestScore[TOP - 1]) {
                int at = TOP - 1;
                while (at > 0 && bestScore[at - 1] < score) {
                    bestScore[at] = bestScore[at - 1];
                    best[at] = best[at - 1];
                    at--;
                }
                bestScore[at] = score;
                best[at] = i;
            }
        }
        return best;
    }

    /** The true ten nearest by the float vectors. */
    private static Set<Integer> nearest(float[][] all, float[] query, int size) {
        double[] scores = new double[size];
        for (int i = 0; i < size; i++) {
            double dot = 0;
            for (int d = 0; d < query.length; d++) {
                dot += all[i][d] * query[d];
            }
            scores[i] = dot;
        }
        Set<Integer> nearest = new HashSet<>();
        IntStream.range(0, size).boxed().sorted((a, b) -> Double.compare(scores[b], scores[a])).limit(TOP)
                .forEach(nearest::add);
        return nearest;
    }

    private static double recall(List<int[]> answers, List<Set<Integer>> truth) {
        double found = 0;
        for (int q = 0; q < answers.size(); q++) {
            for (int id : answers.get(q)) {
                if (truth.get(q).contains(id)) {
                    found++;
                }
            }
        }
        return found / (answers.size() * TOP);
    }

    private static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)] / 1e6;
    }

    private static long folderSize(MatchIndex index) throws IOException {
        try (Stream<Path> files = Files.walk(index.folder())) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    /** The second column of a TSV file with a header; the claims' file quotes fields that hold line breaks. */
    private static List<String> column(Path tsv, int limit) throws IOException {
        List<String> values = new ArrayList<>();
        try (CSVParser rows = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get()
                .parse(Files.newBufferedReader(tsv))) {
            for (CSVRecord row : rows) {
                if (values.size() >= limit) {
                    break;
                }
                values.add(row.get(1));
            }
        }
        return values;
    }
}
