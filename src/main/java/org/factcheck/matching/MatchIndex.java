package org.factcheck.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.Bits;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Every known claim's text (for BM25) and embedding (for nearest neighbours, HNSW over vectors
 * quantized to 7 bits) in one Lucene index, read through memory maps, so the full-precision vectors stay
 * on disk and out of the heap. It lives in {@code factcheck.matching.index-directory} and is kept level
 * with the database by {@link BackgroundEmbedding}, which saves with each commit how far it got, so a
 * restart resumes rather than indexing a million claims again (without a folder set, a temporary one,
 * rebuilt at each start). Measured against an exact scan of quantized vectors in docs/benchmarks.md, section 10.
 */
@Component
class MatchIndex implements DisposableBean {

    static final String KEY = "key";
    static final String KIND = "kind";
    static final String CLAIM = "claim";
    static final String TEXT = "text";
    static final String VECTOR = "vector";
    /** More words than this in a query add little but time: a tweet has 20 or so. */
    private static final int MOST_WORDS = 64;
    /** Lucene's BM25 defaults. */
    private static final double BM25_K1 = 1.2;
    private static final double BM25_B = 0.75;

    /** A known claim as found: its key, its text and how well it matched (BM25, or the cosine for meaning). */
    record Hit(Known known, String text, double score) {
    }

    private final Path folder;
    private final boolean temporary;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final MMapDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    @Autowired
    MatchIndex(MatchingSettings settings) throws IOException {
        this(settings.indexDirectory());
    }

    /** In a temporary folder, for the benchmarks. */
    MatchIndex() throws IOException {
        this((Path) null);
    }

    private MatchIndex(Path indexDirectory) throws IOException {
        temporary = indexDirectory == null;
        folder = temporary ? Files.createTempDirectory("claim-matching") : Files.createDirectories(indexDirectory);
        directory = new MMapDirectory(folder);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setRAMBufferSizeMB(64)
                .setCodec(new Lucene103Codec() {
                    @Override
                    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                        return new Lucene99HnswScalarQuantizedVectorsFormat();
                    }
                });
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, null);
    }

    /** Adds or replaces a known claim; without an embedding it is found by its words only. */
    void put(Known known, String text, float[] vector) {
        Document document = new Document();
        document.add(new StringField(KEY, known.key(), Field.Store.YES));
        document.add(new StringField(KIND, known.kind().name(), Field.Store.NO));
        if (known.kind() == Known.Kind.CLAIM) {
            document.add(new LongPoint(CLAIM, known.id()));
        }
        document.add(new TextField(TEXT, text, Field.Store.NO));
        document.add(new StoredField(TEXT, text));
        if (vector != null) {
            document.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        }
        try {
            writer.updateDocument(new Term(KEY, known.key()), document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets every known claim, for a rebuild. */
    void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What was saved with the last commit: how far the index follows the database. */
    Map<String, String> saved() {
        Map<String, String> saved = new HashMap<>();
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            data.forEach(entry -> saved.put(entry.getKey(), entry.getValue()));
        }
        return saved;
    }

    /** Makes what was put durable, with how far the index follows the database. */
    void commit(Map<String, String> state) {
        writer.setLiveCommitData(Map.copyOf(state).entrySet());
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was put since visible to searches. */
    void refresh() {
        try {
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The best matches by words (BM25), any word of the query counting. Scores are scaled to the most a
     * text could score, every known word of the query once in a short text: about 0–1, so that a weak
     * best hit stays weak beside the cosine it is combined with (scaling to the best hit would make it 1).
     */
    List<Hit> byWords(String query, Query filter, int count) {
        Set<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder anyWord = new BooleanQuery.Builder();
        words.forEach(word -> anyWord.add(new TermQuery(new Term(TEXT, word)), Occur.SHOULD));
        if (filter != null) {
            anyWord.add(filter, Occur.FILTER);
            // beside a filter, Lucene takes the words as optional: every claim passing it would be a hit
            // scoring 0 and earn a place in the fusion (a near-empty "Published m…" above real matches)
            anyWord.setMinimumNumberShouldMatch(1);
        }
        Query anyOfThem = anyWord.build();
        return search(searcher -> searcher.search(anyOfThem, count).scoreDocs, searcher -> highestScore(searcher, words));
    }

    /** BM25's idf of each word, times its largest term-frequency factor (one occurrence, the shortest text). */
    private static double highestScore(IndexSearcher searcher, Set<String> words) throws IOException {
        long texts = Math.max(1, searcher.getIndexReader().numDocs());
        double highest = 0;
        for (String word : words) {
            int withWord = searcher.getIndexReader().docFreq(new Term(TEXT, word));
            if (withWord > 0) {
                highest += Math.log(1 + (texts - withWord + 0.5) / (withWord + 0.5));
            }
        }
        return Math.max(highest, 1e-9) / (1 + BM25_K1 * (1 - BM25_B));
    }

    /** The nearest in meaning, with their cosine similarity to the query's embedding. */
    List<Hit> byMeaning(float[] vector, Query filter, int count) {
        // our claims through the graph (any other desk's check it finds is found exactly below), the other
        // desks' checks by an exact scan; a filter that left the checks out of the graph would cost a bitset
        // of a million documents a search
        Query graph = new KnnFloatVectorQuery(VECTOR, vector, count, filter);
        Stream<Hit> claims = search(searcher -> searcher.search(graph, count).scoreDocs, null).stream()
                .filter(hit -> hit.known().kind() == Known.Kind.CLAIM);
        Stream<Hit> checks = search(searcher -> externalsExactly(searcher, vector, filter, count), null).stream();
        return Stream.concat(claims, checks).sorted(Comparator.comparingDouble(Hit::score).reversed()).limit(count).toList();
    }

    /**
     * Other desks' fact-checks nearest in meaning, by an exact scan of their vectors: they are few beside our
     * claims, and the graph, built over a million of ours, reached them poorly (4 times in 10 it did not
     * return a check's own text first: benchmarks section 10).
     */
    private static ScoreDoc[] externalsExactly(IndexSearcher searcher, float[] vector, Query filter, int count) throws IOException {
        BooleanQuery.Builder externals = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(KIND, Known.Kind.EXTERNAL.name())), Occur.FILTER);
        if (filter != null) {
            externals.add(filter, Occur.FILTER);
        }
        Weight weight = searcher.createWeight(searcher.rewrite(externals.build()), ScoreMode.COMPLETE_NO_SCORES, 1);
        PriorityQueue<ScoreDoc> nearest = new PriorityQueue<>(Comparator.comparingDouble((ScoreDoc found) -> found.score));
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FloatVectorValues vectors = leaf.reader().getFloatVectorValues(VECTOR);
            Scorer scorer = weight.scorer(leaf);
            if (vectors == null || scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            KnnVectorValues.DocIndexIterator withVector = vectors.iterator();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live != null && !live.get(doc) || withVector.docID() < doc && withVector.advance(doc) != doc
                        || withVector.docID() != doc) {
                    continue;
                }
                float score = VectorSimilarityFunction.DOT_PRODUCT.compare(vector, vectors.vectorValue(withVector.index()));
                nearest.add(new ScoreDoc(leaf.docBase + doc, score));
                if (nearest.size() > count) {
                    nearest.poll();
                }
            }
        }
        // in no order: the caller sorts them with the graph's
        return nearest.toArray(ScoreDoc[]::new);
    }

    /** Where the index lives, for the benchmark's measure of its size. */
    Path folder() {
        return folder;
    }

    int size() {
        return writer.getDocStats().numDocs;
    }

    /** The query's words as the index keeps them: lower case, stemmed, without stop words. */
    Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && words.size() < MOST_WORDS) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** What a BM25 score is divided by, for a searcher. */
    private interface Scale {
        double of(IndexSearcher searcher) throws IOException;
    }

    /** Hits with BM25 scores divided by the scale, or (without one) cosines from Lucene's dot-product scores. */
    /** The documents a search finds, best first. */
    private interface Finding {
        ScoreDoc[] in(IndexSearcher searcher) throws IOException;
    }

    private List<Hit> search(Finding finding, Scale bm25) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                ScoreDoc[] found = finding.in(searcher);
                double scale = bm25 == null ? 1 : bm25.of(searcher);
                // read in the order of the documents, with one reader: neighbours share a compressed block,
                // which is then unpacked once (a new reader per hit unpacked one per hit: most of a search's time)
                ScoreDoc[] byDocument = found.clone();
                Arrays.sort(byDocument, Comparator.comparingInt(hit -> hit.doc));
                StoredFields stored = searcher.storedFields();
                Map<Integer, Document> documents = new HashMap<>();
                for (ScoreDoc hit : byDocument) {
                    documents.put(hit.doc, stored.document(hit.doc, Set.of(KEY, TEXT)));
                }
                List<Hit> hits = new ArrayList<>(found.length);
                for (ScoreDoc hit : found) {
                    Document document = documents.get(hit.doc);
                    // Lucene's dot-product score is (1 + cosine) / 2 for unit vectors
                    double score = bm25 == null ? 2 * hit.score - 1 : Math.min(1, hit.score / scale);
                    hits.add(new Hit(Known.ofKey(document.get(KEY)), document.get(TEXT), score));
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void destroy() throws IOException {
        searchers.close();
        // what was put since the last commit is put again at the next start, from the state saved with it
        writer.rollback();
        directory.close();
        if (temporary) {
            FileSystemUtils.deleteRecursively(folder);
        }
    }
}
