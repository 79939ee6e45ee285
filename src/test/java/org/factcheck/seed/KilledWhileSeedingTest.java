package org.factcheck.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factcheck.AppProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The app killed with SIGKILL while it loads the seed into a new database: nothing of the seed is
 * left half-written, and the next start loads all of it, as if the first had never begun.
 */
class KilledWhileSeedingTest {

    private static final List<String> AUDITED = List.of("source", "entity", "alias", "claim", "appearance", "verdict", "evidence");

    @TempDir
    Path data;

    @Test
    void an_app_killed_mid_seed_leaves_no_partial_seed_and_loads_it_whole_after_a_restart() {
        try (AppProcess app = AppProcess.start(data)) {
            app.awaitDatabase(KilledWhileSeedingTest::seedingClaims, Duration.ofMinutes(3));
            app.kill();

            JdbcClient afterKill = app.database();
            assertThat(sequenceUsed(afterKill, "claim")).as("the claims were being written when the app died").isTrue();
            for (String table : List.of("source", "entity", "claim", "verdict", "seed_item")) {
                assertThat(count(afterKill, table)).as("nothing of the seed is kept: " + table).isZero();
            }

            app.restart().awaitLog("Seed from \\S+: added", Duration.ofMinutes(3));

            JdbcClient db = app.database();
            assertThat(count(db, "source")).isEqualTo(5);
            assertThat(count(db, "entity")).isEqualTo(103);
            assertThat(count(db, "claim")).isEqualTo(87);
            assertThat(count(db, "verdict")).isEqualTo(60);
            assertThat(count(db, "seed_item")).isEqualTo(5 + 103 + 87 + 60);
            assertThat(db.sql("""
                    select count(*) from seed_item i where not exists (
                        select 1 from source s where i.kind = 'SOURCE' and s.id = i.record_id
                        union all select 1 from entity e where i.kind = 'ENTITY' and e.id = i.record_id
                        union all select 1 from claim c where i.kind = 'CLAIM' and c.id = i.record_id
                        union all select 1 from verdict v where i.kind = 'VERDICT' and v.id = i.record_id)""")
                    .query(Long.class).single()).as("every seeded item is there").isZero();
            for (String table : AUDITED) {
                assertThat(db.sql("select count(*) from " + table + "_aud a where not exists (select 1 from " + table
                        + " r where r.id = a.id)").query(Long.class).single())
                        .as("no history of a record the killed start wrote: " + table).isZero();
            }
            String noChange = Stream.concat(AUDITED.stream(), Stream.of("claim_entity"))
                    .map(table -> "not exists (select 1 from " + table + "_aud a where a.rev = r.id)")
                    .collect(Collectors.joining(" and "));
            assertThat(db.sql("select count(*) from revision r where " + noChange).query(Long.class).single())
                    .as("no revision without a change").isZero();
        }
    }

    /** The seed's transaction is writing claims: their ids are being taken, none of them committed yet. */
    private static boolean seedingClaims(JdbcClient db) {
        return sequenceUsed(db, "claim") && count(db, "claim") == 0;
    }

    private static boolean sequenceUsed(JdbcClient db, String table) {
        return db.sql("select pg_sequence_last_value(pg_get_serial_sequence(:table, 'id')) is not null")
                .param("table", table).query(Boolean.class).single();
    }

    private static long count(JdbcClient db, String table) {
        return db.sql("select count(*) from " + table).query(Long.class).single();
    }
}
