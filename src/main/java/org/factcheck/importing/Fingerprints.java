package org.factcheck.importing;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.factcheck.source.SourceAdded;
import org.factcheck.source.SourceTextReplaced;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The fingerprint of every source's current text (V80's source_fingerprint), kept up to date as
 * sources are added or get a new text, whichever feature adds them, and the near-duplicates of a
 * text found through them. Sources that entered without the application (bulk loads) get theirs
 * in the background after startup.
 */
@Component
class Fingerprints {

    /** From this estimated similarity on, an imported text is flagged as a near-duplicate. */
    static final double NEAR_DUPLICATE = 0.8;
    static final int BACKFILL_BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(Fingerprints.class);

    private final JdbcClient jdbc;

    Fingerprints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(SourceAdded added) {
        save(added.sourceId(), Fingerprint.of(added.fullText()));
    }

    @EventListener
    void on(SourceTextReplaced replaced) {
        save(replaced.sourceId(), Fingerprint.of(replaced.newText()));
    }

    /** The most alike existing source, if one is at least {@link #NEAR_DUPLICATE} alike. */
    Optional<NearDuplicate> nearestTo(Fingerprint fingerprint) {
        if (fingerprint.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select f.source_id, s.title, f.minhash
                from source_fingerprint f join source_listing s on s.id = f.source_id
                where f.bands && cast(:bands as bigint[])
                """)
                .param("bands", Fingerprint.literal(fingerprint.bands()))
                .query((rs, row) -> new NearDuplicate(rs.getLong("source_id"), rs.getString("title"),
                        fingerprint.similarity(longs(rs.getArray("minhash")))))
                .list()
                .stream()
                .filter(candidate -> candidate.similarity() >= NEAR_DUPLICATE)
                .max(Comparator.comparingDouble(NearDuplicate::similarity));
    }

    void save(long sourceId, Fingerprint fingerprint) {
        write(sourceId, fingerprint, "do update set minhash = excluded.minhash, bands = excluded.bands");
    }

    private void write(long sourceId, Fingerprint fingerprint, String onConflict) {
        jdbc.sql("""
                insert into source_fingerprint (source_id, minhash, bands)
                values (:source, cast(:minhash as bigint[]), cast(:bands as bigint[]))
                on conflict (source_id) """ + onConflict)
                .param("source", sourceId)
                .param("minhash", Fingerprint.literal(fingerprint.minhash()))
                .param("bands", Fingerprint.literal(fingerprint.bands()))
                .update();
    }

    /** Fingerprints the sources that have none, batch by batch, off the startup thread. */
    @EventListener(ApplicationReadyEvent.class)
    void fingerprintTheRestInTheBackground() {
        Thread.ofVirtual().name("source-fingerprints").start(() -> {
            try {
                int done = fingerprintTheRest();
                if (done > 0) {
                    log.info("Fingerprinted {} sources for near-duplicate detection", done);
                }
            } catch (RuntimeException e) {
                log.warn("Fingerprinting sources stopped; the next start goes on: {}", e.getMessage());
            }
        });
    }

    /** Fingerprints every source that has none; returns how many. */
    int fingerprintTheRest() {
        int done = 0;
        long after = 0;
        for (List<Long> batch = fingerprintMissing(after); !batch.isEmpty(); batch = fingerprintMissing(after)) {
            done += batch.size();
            after = batch.getLast();
        }
        return done;
    }

    /** Fingerprints the next batch of sources without one after the given id; returns their ids, in order. */
    private List<Long> fingerprintMissing(long afterId) {
        List<SourceText> missing = jdbc.sql("""
                select s.id, s.full_text from source_text s
                where s.id > :after and not exists (select 1 from source_fingerprint f where f.source_id = s.id)
                order by s.id limit :limit
                """)
                .param("after", afterId)
                .param("limit", BACKFILL_BATCH)
                .query((rs, row) -> new SourceText(rs.getLong("id"), rs.getString("full_text")))
                .list();
        // A text replaced meanwhile has its new fingerprint already: never overwrite it with the old one.
        missing.forEach(source -> write(source.id(), Fingerprint.of(source.text()), "do nothing"));
        return missing.stream().map(SourceText::id).toList();
    }

    private record SourceText(long id, String text) {
    }

    private static long[] longs(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        long[] longs = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            longs[i] = ((Number) values[i]).longValue();
        }
        return longs;
    }
}
