package org.factcheck.matching;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.*;
import org.apache.lucene.index.*;
import org.apache.lucene.search.*;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Fusion variants compared over the same two candidate lists per tweet (a Lucene index of its own, an
 * exact scan of the cached MiniLM embeddings), for the third round in docs/benchmarks.md, section 10:
 * BM25's k1/b (-Dk1, -Db), the title as its own field (-DtitleBoost), the title embedded (-Dvec=claim,max,
 * both,maxboth), more cleaning (-Dclean=more), candidates, and weighted reciprocal rank fusion (-Dks, -Dws,
 * -Dfloors: the cosine under which a place by meaning earns nothing), word pairs as phrases (-Dpairs: their
 * boost, -Dslop). What wins is then built into
 * {@link Ranker} and measured as shipped by {@link QualityUnderBenchmark}.
 * <pre>
 *   ./mvnw -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.factcheck.matching.FusionExplorer -Dvec=claim -Dks=10 -Dws=0.4
 * </pre>
 */
public final class FusionExplorer {

    record Tweet(String id, String text, String answer) {}
    record H(int doc, double score) {}

    static List<CSVRecord> rows(Path tsv) throws Exception {
        CSVFormat format = tsv.toString().endsWith("queries.tsv")
                ? CSVFormat.TDF.builder().setQuote(null).setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get()
                : CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = format.parse(Files.newBufferedReader(tsv))) {
            return parser.getRecords();
        }
    }

    static List<float[]> embedded(Path file, SentenceEmbedder embedder, List<String> texts) throws Exception {
        if (Files.exists(file)) {
            try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
                int count = in.readInt(), dims = in.readInt();
                List<float[]> vs = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    float[] v = new float[dims];
                    for (int d = 0; d < dims; d++) v[d] = in.readFloat();
                    vs.add(v);
                }
                return vs;
            }
        }
        List<float[]> vs = new ArrayList<>();
        for (int from = 0; from < texts.size(); from += 32) vs.addAll(embedder.embedAll(texts.subList(from, Math.min(texts.size(), from + 32))));
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(vs.size()); out.writeInt(vs.getFirst().length);
            for (float[] v : vs) for (float x : v) out.writeFloat(x);
        }
        return vs;
    }

    static double dot(float[] a, float[] b) { double s = 0; for (int i = 0; i < a.length; i++) s += a[i] * b[i]; return s; }

    static List<H> nearest(float[] q, List<float[]> vs, int n) {
        PriorityQueue<H> pq = new PriorityQueue<>(Comparator.comparingDouble(H::score));
        for (int i = 0; i < vs.size(); i++) { pq.add(new H(i, dot(q, vs.get(i)))); if (pq.size() > n) pq.poll(); }
        List<H> l = new ArrayList<>(pq); l.sort(Comparator.comparingDouble(H::score).reversed()); return l;
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of("/work/shared/claim-matching");
        Path cache = Path.of("/tmp/claim-matching-cache");
        SentenceEmbedder embedder = new SentenceEmbedder(new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run));
        List<CSVRecord> claims = rows(data.resolve("verified_claims.docs.tsv"));
        Map<String, String> answers = new HashMap<>();
        for (String line : Files.readAllLines(data.resolve("train/tweet-vclaim-pairs.qrels"))) { String[] p = line.trim().split("\\s+"); answers.put(p[0], p[2]); }
        List<Tweet> tweets = new ArrayList<>(rows(data.resolve("train/tweets.queries.tsv")).stream().map(r -> new Tweet(r.get(0), r.get(1), answers.get(r.get(0)))).toList());
        tweets.sort(Comparator.comparingInt(t -> Integer.parseInt(t.id())));
        Map<String, Integer> docOf = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) docOf.put(claims.get(i).get(0), i);

        String clean = System.getProperty("clean", "current");
        Function<String, String> cleaner = switch (clean) {
            case "more" -> s -> Ranker.cleaned(s).replaceAll("[\\p{So}\\p{Cn}\\p{Cs}]", " ").replaceAll("\\b(RT|via)\\b", " ").replaceAll("&amp;", "&").replaceAll("\\s+", " ").strip();
            default -> Ranker::cleaned;
        };
        List<float[]> claimV = embedded(cache.resolve("minilm-claims.bin"), embedder, claims.stream().map(r -> r.get(1)).toList());
        List<float[]> titleV = embedded(cache.resolve("minilm-titles.bin"), embedder, claims.stream().map(r -> r.get(2)).toList());
        List<float[]> bothV = embedded(cache.resolve("minilm-claimtitle.bin"), embedder, claims.stream().map(r -> r.get(1) + "\n" + r.get(2)).toList());
        List<String> queries = tweets.stream().map(t -> cleaner.apply(t.text())).toList();
        List<float[]> tweetV = embedded(cache.resolve("minilm-tweets-x" + Integer.toHexString(queries.hashCode()) + ".bin"), embedder, queries);

        float k1 = Float.parseFloat(System.getProperty("k1", "1.2")), b = Float.parseFloat(System.getProperty("b", "0.75"));
        float titleBoost = Float.parseFloat(System.getProperty("titleBoost", "0"));
        EnglishAnalyzer analyzer = new EnglishAnalyzer();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity(k1, b)))) {
            for (CSVRecord c : claims) {
                Document d = new Document();
                d.add(new TextField("text", c.get(1) + "\n" + c.get(2), Field.Store.NO));
                d.add(new TextField("claim", c.get(1), Field.Store.NO));
                d.add(new TextField("title", c.get(2), Field.Store.NO));
                w.addDocument(d);
            }
        }
        IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
        searcher.setSimilarity(new BM25Similarity(k1, b));
        MatchIndex words = new MatchIndex();
        int N = Integer.parseInt(System.getProperty("candidates", "100"));
        String[] vecModes = System.getProperty("vec", "claim,max,both,maxboth").split(",");
        List<List<H>> lex = new ArrayList<>();
        Map<String, List<List<H>>> sem = new LinkedHashMap<>();
        for (String m : vecModes) sem.put(m, new ArrayList<>());
        for (int t = 0; t < tweets.size(); t++) {
            String q = queries.get(t);
            BooleanQuery.Builder bq = new BooleanQuery.Builder();
            for (String word : words.words(q)) {
                if (titleBoost == 0) {
                    bq.add(new TermQuery(new Term("text", word)), BooleanClause.Occur.SHOULD);
                } else {
                    bq.add(new TermQuery(new Term("claim", word)), BooleanClause.Occur.SHOULD);
                    bq.add(new BoostQuery(new TermQuery(new Term("title", word)), titleBoost), BooleanClause.Occur.SHOULD);
                }
            }
            float pairs = Float.parseFloat(System.getProperty("pairs", "0"));
            int slop = Integer.parseInt(System.getProperty("slop", "2"));
            if (pairs > 0) {
                List<String> ordered = new ArrayList<>(words.words(q));
                for (int i = 0; i + 1 < ordered.size(); i++) {
                    bq.add(new BoostQuery(new PhraseQuery(slop, "text", ordered.get(i), ordered.get(i + 1)), pairs), BooleanClause.Occur.SHOULD);
                }
            }
            List<H> l = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(bq.build(), N).scoreDocs) l.add(new H(sd.doc, sd.score));
            lex.add(l);
            float[] qv = tweetV.get(t);
            for (String m : vecModes) {
                List<H> s = switch (m) {
                    case "claim" -> nearest(qv, claimV, N);
                    case "title" -> nearest(qv, titleV, N);
                    case "both" -> nearest(qv, bothV, N);
                    case "max" -> maxOf(qv, claimV, titleV, N);
                    case "maxboth" -> maxOf(qv, claimV, bothV, N);
                    case "max3" -> max3(qv, claimV, titleV, bothV, N);
                    default -> throw new IllegalArgumentException(m);
                };
                sem.get(m).add(s);
            }
        }
        List<String> texts = claims.stream().map(c -> c.get(1) + "\n" + c.get(2)).toList();
        System.out.printf("clean %s k1 %.2f b %.2f titleBoost %.1f candidates %d%n", clean, k1, b, titleBoost, N);
        report("lexical", tweets, docOf, t -> lex.get(t).stream().map(H::doc).toList());
        for (String m : vecModes) {
            List<List<H>> s = sem.get(m);
            report("embedding " + m, tweets, docOf, t -> s.get(t).stream().map(H::doc).toList());
            for (String floorText : System.getProperty("floors", "-1").split(",")) {
                double floor = Double.parseDouble(floorText);
                for (String kt : System.getProperty("ks", "5,10,20").split(",")) {
                    for (String wt : System.getProperty("ws", "0.3,0.4,0.5,0.6").split(",")) {
                        int kk = Integer.parseInt(kt); double ww = Double.parseDouble(wt);
                        report("rrf " + m + " k" + kk + " wMeaning " + ww + " floor " + floor, tweets, docOf,
                                t -> rrf(lex.get(t), s.get(t).stream().filter(h -> h.score() >= floor).toList(), kk, ww, queries.get(t), texts));
                    }
                }
            }
        }
    }

    static List<H> maxOf(float[] q, List<float[]> a, List<float[]> bb, int n) {
        PriorityQueue<H> pq = new PriorityQueue<>(Comparator.comparingDouble(H::score));
        for (int i = 0; i < a.size(); i++) { pq.add(new H(i, Math.max(dot(q, a.get(i)), dot(q, bb.get(i))))); if (pq.size() > n) pq.poll(); }
        List<H> l = new ArrayList<>(pq); l.sort(Comparator.comparingDouble(H::score).reversed()); return l;
    }

    static List<H> max3(float[] q, List<float[]> a, List<float[]> bb, List<float[]> c, int n) {
        PriorityQueue<H> pq = new PriorityQueue<>(Comparator.comparingDouble(H::score));
        for (int i = 0; i < a.size(); i++) { pq.add(new H(i, Math.max(dot(q, c.get(i)), Math.max(dot(q, a.get(i)), dot(q, bb.get(i)))))); if (pq.size() > n) pq.poll(); }
        List<H> l = new ArrayList<>(pq); l.sort(Comparator.comparingDouble(H::score).reversed()); return l;
    }

    static final double DIS = 1.0;

    static List<Integer> rrf(List<H> lex, List<H> sem, int k, double wMeaning, String q, List<String> texts) {
        Map<Integer, Double> f = new HashMap<>();
        double scale = 2.0; // weights: (1-w)*2 and w*2 so that 0.5 = plain RRF
        for (int r = 0; r < lex.size(); r++) f.merge(lex.get(r).doc(), scale * (1 - wMeaning) / (k + r + 1), Double::sum);
        for (int r = 0; r < sem.size(); r++) f.merge(sem.get(r).doc(), scale * wMeaning / (k + r + 1), Double::sum);
        double dis = 1.0 / (k + 1) - 1.0 / (k + 5);
        return f.entrySet().stream().sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()).limit(25)
                .map(e -> Map.entry(e.getKey(), Agreement.between(q, texts.get(e.getKey())).same() ? e.getValue() : e.getValue() - dis))
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()).limit(5).map(Map.Entry::getKey).toList();
    }

    static void report(String name, List<Tweet> tweets, Map<String, Integer> docOf, Function<Integer, List<Integer>> ranked) {
        double tune = 0, test = 0;
        int half = tweets.size() / 2;
        for (int t = 0; t < tweets.size(); t++) {
            List<Integer> r = ranked.apply(t);
            int i = r.subList(0, Math.min(5, r.size())).indexOf(docOf.get(tweets.get(t).answer()));
            double ap = i < 0 ? 0 : 1.0 / (i + 1);
            if (t < half) tune += ap; else test += ap;
        }
        System.out.printf("%-45s %.3f %.3f%n", name, tune / half, test / (tweets.size() - half));
    }
}
