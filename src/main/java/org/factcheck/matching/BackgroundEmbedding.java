package org.factcheck.matching;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link MatchIndex} level with the database, on one background thread: first every known
 * claim, with its stored embedding if it has one; then, every second, the claims and fact-checks that
 * arrived since (by any path: the UI, an import, the seed, bench/generate, plain SQL), at once by their
 * words, and embeddings for those waiting, a batch at a time. Embeddings are stored, so a restart
 * resumes where it stopped; a claim whose text changed lost its embedding (V110's trigger) and is
 * embedded again when the walk over the claims comes round to it.
 */
@Component
class BackgroundEmbedding implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BackgroundEmbedding.class);
    private static final int LOAD_BATCH = 5_000;
    static final int EMBED_BATCH = 32;
    private static final Duration IDLE = Duration.ofSeconds(1);
    /**
     * Another desk's fact-check is found by the words of its title too: a reviewer's headline ("Did Joe
     * Biden say…?") often names what the claim leaves implicit. Its meaning is the claim's alone.
     */
    private static final String EXTERNAL_WORDS = "claim_reviewed || coalesce(E'\\n' || title, '')";

    private final JdbcClient jdbc;
    private final MatchIndex index;
    private final SentenceEmbedder embedder;
    private final MatchingSettings settings;
    private final AtomicLong embeddedHere = new AtomicLong();
    private final AtomicLong embeddingNanos = new AtomicLong();
    private volatile boolean running;
    private volatile Thread thread;
    private volatile boolean loaded;
    private long lastClaim;
    private long lastExternal;
    /** Where the walk for claims without an embedding stands; back to 0 at the end, to find changed texts. */
    private long walk;

    BackgroundEmbedding(JdbcClient jdbc, MatchIndex index, SentenceEmbedder embedder, MatchingSettings settings) {
        this.jdbc = jdbc;
        this.index = index;
        this.embedder = embedder;
        this.settings = settings;
    }

    /** How far the embedding is: for the Check a claim view, and for admins watching a large import. */
    EmbeddingProgress progress() {
        long claims = jdbc.sql("select count(*) from claim").query(Long.class).single();
        long claimsEmbedded = jdbc.sql("select count(*) from claim_embedding").query(Long.class).single();
        long externals = jdbc.sql("select count(*) from external_fact_check").query(Long.class).single();
        long externalsEmbedded = jdbc.sql("select count(*) from external_fact_check where vector is not null")
                .query(Long.class).single();
        double seconds = embeddingNanos.get() / 1e9;
        return new EmbeddingProgress(claims + externals, claimsEmbedded + externalsEmbedded, index.size(), loaded,
                seconds == 0 ? 0 : embeddedHere.get() / seconds);
    }

    @Override
    public void start() {
        // set before the thread starts, which would otherwise see it still null and stop at once
        running = true;
        thread = Thread.ofPlatform().name("claim-embedding").daemon().priority(Thread.MIN_PRIORITY).start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try {
                if (!loaded) {
                    load();
                    loaded = true;
                    log.info("Claim matching: {} known claims indexed", index.size());
                }
                addArrivals();
                boolean busy = settings.background() && embedWaiting();
                if (!busy) {
                    Thread.sleep(IDLE);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                // the database restarting, say: try again in a while rather than give up for good
                log.warn("Claim matching could not keep up with the database; trying again shortly", e);
                try {
                    Thread.sleep(Duration.ofSeconds(5));
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }
    }

    private void load() {
        while (addClaims() == LOAD_BATCH) {
            // the next batch
        }
        while (addExternals() == LOAD_BATCH) {
            // the next batch
        }
    }

    private void addArrivals() {
        addClaims();
        addExternals();
    }

    private int addClaims() {
        List<Row> rows = jdbc.sql("""
                select c.id, c.text, e.vector from claim c left join claim_embedding e on e.claim_id = c.id
                where c.id > :after order by c.id limit :batch
                """)
                .param("after", lastClaim).param("batch", LOAD_BATCH)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getBytes(3), rs.getString(2)))
                .list();
        rows.forEach(row -> index.put(Known.claim(row.id()), row.text(), row.vector()));
        finish(rows).ifPresent(last -> lastClaim = last);
        return rows.size();
    }

    private int addExternals() {
        List<Row> rows = jdbc.sql("""
                select id, claim_reviewed, vector, %s from external_fact_check where id > :after order by id limit :batch
                """.formatted(EXTERNAL_WORDS))
                .param("after", lastExternal).param("batch", LOAD_BATCH)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getBytes(3), rs.getString(4)))
                .list();
        rows.forEach(row -> index.put(Known.external(row.id()), row.words(), row.vector()));
        finish(rows).ifPresent(last -> lastExternal = last);
        return rows.size();
    }

    private Optional<Long> finish(List<Row> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        index.refresh();
        return Optional.of(rows.getLast().id());
    }

    /** Embeds one batch of the waiting fact-checks, else of the waiting claims; false if none waits. */
    private boolean embedWaiting() {
        List<Row> externals = jdbc.sql("""
                select id, claim_reviewed, null, %s from external_fact_check where vector is null order by id limit :batch
                """.formatted(EXTERNAL_WORDS))
                .param("batch", EMBED_BATCH)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), null, rs.getString(4)))
                .list();
        if (!externals.isEmpty()) {
            List<float[]> vectors = embed(externals);
            for (int i = 0; i < externals.size(); i++) {
                Row row = externals.get(i);
                int stored = jdbc.sql("update external_fact_check set vector = :vector where id = :id and claim_reviewed = :text")
                        .param("vector", Vectors.encode(vectors.get(i))).param("id", row.id()).param("text", row.text())
                        .update();
                if (stored == 1) {
                    index.put(Known.external(row.id()), row.words(), vectors.get(i));
                }
            }
            return finishEmbedding(externals.size());
        }
        List<Row> claims = jdbc.sql("""
                select c.id, c.text, null from claim c
                where c.id > :walk and not exists (select 1 from claim_embedding e where e.claim_id = c.id)
                order by c.id limit :batch
                """)
                .param("walk", walk).param("batch", EMBED_BATCH)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), null, rs.getString(2)))
                .list();
        if (claims.isEmpty()) {
            walk = 0;
            return false;
        }
        List<float[]> vectors = embed(claims);
        for (int i = 0; i < claims.size(); i++) {
            Row row = claims.get(i);
            // only if the text is still the one embedded: an edit in the meantime waits for the next walk
            int written = jdbc.sql("""
                    insert into claim_embedding (claim_id, vector)
                    select id, :vector from claim where id = :id and text = :text
                    on conflict (claim_id) do update set vector = excluded.vector, embedded_at = now()
                    """)
                    .param("vector", Vectors.encode(vectors.get(i))).param("id", row.id()).param("text", row.text())
                    .update();
            if (written == 1) {
                index.put(Known.claim(row.id()), row.text(), vectors.get(i));
            }
        }
        walk = claims.getLast().id();
        return finishEmbedding(claims.size());
    }

    private List<float[]> embed(List<Row> rows) {
        long start = System.nanoTime();
        List<float[]> vectors = embedder.embedAll(rows.stream().map(Row::text).toList());
        embeddingNanos.addAndGet(System.nanoTime() - start);
        return vectors;
    }

    private boolean finishEmbedding(int count) {
        embeddedHere.addAndGet(count);
        index.refresh();
        return true;
    }

    /** A claim's text (what is embedded), its stored embedding, and the words it is found by. */
    private record Row(long id, String text, byte[] stored, String words) {
        float[] vector() {
            return stored == null ? null : Vectors.decode(stored);
        }
    }
}
