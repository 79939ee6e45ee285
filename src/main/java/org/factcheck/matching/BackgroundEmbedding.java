package org.factcheck.matching;

import java.time.Duration;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link MatchIndex} level with the database, on one background thread. New claims (by any
 * path: the UI, an import, the seed, bench/generate, plain SQL) are put at once by their words; every
 * stored embedding and every other desk's fact-check carries a change number (V180), and the index
 * follows those numbers, so it takes the embeddings another instance computed as readily as its own.
 * With each commit the index saves how far it got, so a restart resumes from there; an index built from
 * another database is rebuilt. Waiting claims are embedded a batch at a time and stored; a claim whose
 * text changed lost its embedding (V110's trigger) and is embedded again when the walk over the claims
 * comes round to it.
 */
@Component
class BackgroundEmbedding implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BackgroundEmbedding.class);
    private static final int LOAD_BATCH = 5_000;
    static final int EMBED_BATCH = 32;
    private static final Duration IDLE = Duration.ofSeconds(1);
    /** How long stopping waits for a batch or a save of the index to finish. */
    private static final Duration STOPPING = Duration.ofSeconds(10);
    /** Often enough that a restart has little to catch up, rarely enough that commits cost little. */
    private static final Duration COMMIT_EVERY = Duration.ofSeconds(30);
    /**
     * Another desk's fact-check is found by the words of its title too: a reviewer's headline ("Did Joe
     * Biden say…?") often names what the claim leaves implicit. Its meaning is the claim's alone.
     */
    private static final String EXTERNAL_WORDS = "claim_reviewed || coalesce(E'\\n' || title, '')";
    private static final String DATABASE = "database";
    private static final String LAST_CLAIM = "claim";

    private final JdbcClient jdbc;
    private final MatchIndex index;
    private final SentenceEmbedder embedder;
    private final MatchingSettings settings;
    private final AtomicLong embeddedHere = new AtomicLong();
    private final AtomicLong embeddingNanos = new AtomicLong();
    private final ChangeFollower embeddings;
    private final ChangeFollower externals;
    private volatile boolean running;
    private volatile Thread thread;
    /** Wakes the thread to stop: an interrupt would close Lucene's files under a write and the index writer with them. */
    private final Object wake = new Object();
    private volatile boolean loaded;
    private String database;
    private long lastClaim;
    /** Where the walk for claims without an embedding stands; back to 0 at the end, to find changed texts. */
    private long walk;
    private boolean unsaved;
    private long savedAt;

    BackgroundEmbedding(JdbcClient jdbc, MatchIndex index, SentenceEmbedder embedder, MatchingSettings settings) {
        this.jdbc = jdbc;
        this.index = index;
        this.embedder = embedder;
        this.settings = settings;
        embeddings = new ChangeFollower("embeddings", jdbc, """
                select e.claim_id, c.text, e.vector, c.text, e.change from claim_embedding e join claim_statement c on c.id = e.claim_id
                where e.change > :after and e.change <= :upTo order by e.change limit :batch
                """, Known::claim);
        externals = new ChangeFollower("externals", jdbc, """
                select id, claim_reviewed, vector, %s, change from external_fact_check
                where change > :after and change <= :upTo order by change limit :batch
                """.formatted(EXTERNAL_WORDS), Known::external);
    }

    /** How far the embedding is: for the Check a claim view, and for admins watching a large import. */
    EmbeddingProgress progress() {
        long claims = jdbc.sql("select count(*) from claim_statement").query(Long.class).single();
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
        synchronized (wake) {
            wake.notifyAll();
        }
        if (thread != null) {
            try {
                thread.join(STOPPING);
            } catch (InterruptedException whileStopping) {
                Thread.currentThread().interrupt();
            }
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
                    open();
                    loaded = true;
                    log.info("Claim matching: {} known claims indexed", index.size());
                }
                addArrivals();
                boolean busy = settings.background() && embedWaiting();
                saveNowAndThen();
                if (!busy) {
                    pause(IDLE);
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
                    pause(Duration.ofSeconds(5));
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }
    }

    private void pause(Duration duration) throws InterruptedException {
        synchronized (wake) {
            if (running) {
                wake.wait(duration.toMillis());
            }
        }
    }

    /**
     * Resumes from the state the index saved, or rebuilds it: when it was built from another database,
     * or from one further on than this (a restored backup).
     */
    private void open() {
        database = jdbc.sql("select id::text from claim_matching_database").query(String.class).single();
        long lastChange = jdbc.sql("select last_value from claim_matching_change").query(Long.class).single();
        Map<String, String> saved = index.saved();
        boolean resumable = database.equals(saved.get(DATABASE))
                && embeddings.resume(saved, lastChange) && externals.resume(saved, lastChange);
        if (resumable) {
            lastClaim = Long.parseLong(saved.getOrDefault(LAST_CLAIM, "0"));
            log.info("Claim matching: resuming the index saved after claim {}", lastClaim);
        } else {
            index.clear();
            // the claims by id with their embeddings, then the changes since, so nothing is put twice
            embeddings.startAt(jdbc.sql("select coalesce(max(change), 0) from claim_embedding").query(Long.class).single());
            externals.startAt(0);
            lastClaim = 0;
        }
        while (addClaims() == LOAD_BATCH) {
            // the next batch
        }
        while (externals.follow(index) == ChangeFollower.BATCH || embeddings.follow(index) == ChangeFollower.BATCH) {
            // the next batch
        }
        index.refresh();
        save();
    }

    private void addArrivals() {
        int added = addClaims() + embeddings.follow(index) + externals.follow(index);
        embeddings.sweepNowAndThen(index);
        externals.sweepNowAndThen(index);
        if (added > 0) {
            index.refresh();
            unsaved = true;
        }
    }

    private void saveNowAndThen() {
        if (unsaved && System.nanoTime() - savedAt > COMMIT_EVERY.toNanos()) {
            save();
        }
    }

    private void save() {
        Map<String, String> state = new HashMap<>();
        state.put(DATABASE, database);
        state.put(LAST_CLAIM, Long.toString(lastClaim));
        embeddings.saveTo(state);
        externals.saveTo(state);
        index.commit(state);
        unsaved = false;
        savedAt = System.nanoTime();
    }

    private int addClaims() {
        List<Row> rows = jdbc.sql("""
                select c.id, c.text, e.vector from claim_statement c left join claim_embedding e on e.claim_id = c.id
                where c.id > :after order by c.id limit :batch
                """)
                .param("after", lastClaim).param("batch", LOAD_BATCH)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getBytes(3), rs.getString(2)))
                .list();
        rows.forEach(row -> index.put(Known.claim(row.id()), row.text(), row.vector()));
        if (!rows.isEmpty()) {
            lastClaim = rows.getLast().id();
        }
        return rows.size();
    }

    /** Embeds one batch of the waiting fact-checks, else of the waiting claims; false if none waits. */
    private boolean embedWaiting() {
        List<Row> waiting = jdbc.sql("""
                select id, claim_reviewed, null, %s from external_fact_check where vector is null order by id limit :batch
                """.formatted(EXTERNAL_WORDS))
                .param("batch", EMBED_BATCH)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), null, rs.getString(4)))
                .list();
        if (!waiting.isEmpty()) {
            List<float[]> vectors = embed(waiting);
            for (int i = 0; i < waiting.size(); i++) {
                Row row = waiting.get(i);
                // the index takes it from there with its change number, as every instance does
                jdbc.sql("update external_fact_check set vector = :vector where id = :id and claim_reviewed = :text")
                        .param("vector", Vectors.encode(vectors.get(i))).param("id", row.id()).param("text", row.text())
                        .update();
            }
            return finishEmbedding(waiting.size());
        }
        List<Row> claims = jdbc.sql("""
                select c.id, c.text, null from claim_statement c
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
            jdbc.sql("""
                    insert into claim_embedding (claim_id, vector)
                    select id, :vector from claim_statement where id = :id and text = :text
                    on conflict (claim_id) do update set vector = excluded.vector, embedded_at = now()
                    """)
                    .param("vector", Vectors.encode(vectors.get(i))).param("id", row.id()).param("text", row.text())
                    .update();
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
        return true;
    }

    /** A claim's text (what is embedded), its stored embedding, and the words it is found by. */
    record Row(long id, String text, byte[] stored, String words) {
        float[] vector() {
            return stored == null ? null : Vectors.decode(stored);
        }
    }
}
