package org.factcheck.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The generator at a tiny scale, on its own embedded PostgreSQL: database "first" gets seed 42 and
 * then seed 43 on top, database "again" gets seed 42 alone.
 */
class GeneratorTest {

    private static final Scale TINY = new Scale(200, 2000, 150);
    private static final List<String> TABLES = List.of("entity", "alias", "source", "claim", "claim_entity",
            "appearance", "verdict", "evidence");

    private static EmbeddedPostgres postgres;
    private static JdbcClient first;
    private static JdbcClient again;
    private static Map<String, String> firstRunChecksums;
    private static long lastClaimOfFirstRun;
    private static long lastSourceOfFirstRun;

    @BeforeAll
    static void generate() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().start();
        JdbcClient server = JdbcClient.create(postgres.getPostgresDatabase());
        server.sql("create database first").update();
        server.sql("create database again").update();
        first = JdbcClient.create(postgres.getDatabase("postgres", "first"));
        again = JdbcClient.create(postgres.getDatabase("postgres", "again"));

        generator("first", 42).run();
        firstRunChecksums = checksums(first);
        lastClaimOfFirstRun = count(first, "select max(id) from claim");
        lastSourceOfFirstRun = count(first, "select max(id) from source");
        generator("again", 42).run();
        generator("first", 43).run();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void a_run_adds_exactly_the_counts_asked_for() {
        assertThat(count(again, "select count(*) from source where origin = 'IMPORT'")).isEqualTo(200);
        assertThat(count(again, "select count(*) from claim")).isEqualTo(2000);
        assertThat(count(again, "select count(*) from verdict where status = 'PUBLISHED'")).isEqualTo(150);
        assertThat(count(again, "select count(*) from verdict")).isEqualTo(TINY.verdicts());
        assertThat(count(again, "select count(*) from claim c where not exists "
                + "(select 1 from appearance a where a.claim_id = c.id)")).as("claims appearing nowhere").isZero();
        assertThat(count(again, "select count(*) from verdict v where (select count(*) from evidence e "
                + "where e.verdict_id = v.id) not between 1 and 3")).as("verdicts without 1-3 items of evidence").isZero();
        assertThat(count(first, "select count(*) from claim")).isEqualTo(4000);
    }

    @Test
    void every_appearance_is_anchored_exactly_at_its_quote_in_code_points() {
        assertThat(count(first, """
                select count(*) from appearance a join source s on s.id = a.source_id
                where substring(s.full_text from a.start_offset + 1 for a.end_offset - a.start_offset) <> a.quote
                   or right(substring(s.full_text from 1 for a.start_offset), char_length(a.prefix)) <> a.prefix
                   or substring(s.full_text from a.end_offset + 1 for char_length(a.suffix)) <> a.suffix""")).isZero();
        assertThat(count(first, "select count(*) from appearance a join source s on s.id = a.source_id "
                + "where substring(s.full_text from 1 for a.start_offset) ~ '[\\U0001F000-\\U0001FFFF]'"))
                .as("quotes after an emoji, where UTF-16 and code point offsets differ").isPositive();
        assertThat(count(first, "select count(*) from source "
                + "where sha256 <> encode(sha256(convert_to(full_text, 'UTF8')), 'hex')")).isZero();
    }

    @Test
    void the_same_seed_gives_the_same_data_and_another_seed_other_data() {
        assertThat(checksums(again)).isEqualTo(firstRunChecksums);
        // The same hash of the same column on each side: seed 42 twice, then seed 43 beside seed 42.
        String seed42 = sourceTexts(first, "id <= " + lastSourceOfFirstRun);
        assertThat(sourceTexts(again, "true")).isEqualTo(seed42);
        assertThat(sourceTexts(first, "id > " + lastSourceOfFirstRun)).isNotEqualTo(seed42);
        assertThat(count(first, "select count(distinct text) from claim")).isGreaterThan(3000);
    }

    @Test
    void a_second_run_adds_its_rows_and_leaves_the_existing_ones_as_they_were() {
        assertThat(first.sql("select md5(string_agg(t::text, '|' order by t::text)) from claim t where id <= ?")
                .param(lastClaimOfFirstRun).query(String.class).single()).isEqualTo(firstRunChecksums.get("claim"));
        assertThat(count(first, "select count(*) from appearance a join claim c on c.id = a.claim_id "
                + "where (c.id <= " + lastClaimOfFirstRun + ") <> (a.source_id <= " + lastSourceOfFirstRun + ")"))
                .as("appearances linking one run's claim to the other's source").isZero();
    }

    @Test
    void the_data_looks_like_a_desk_with_names_spelled_many_ways() {
        assertThat(count(again, "select count(*) from claim where status = 'UNREVIEWED'")).isGreaterThan(1500);
        assertThat(count(again, "select count(*) from claim c join verdict v on v.claim_id = c.id "
                + "where c.status <> claim_status_of_verdict(v.status)")).as("claims whose status is not their verdict's").isZero();
        assertThat(count(again, "select count(distinct status) from verdict")).isEqualTo(4);
        assertThat(count(again, "select count(*) from (select claim_id from appearance group by claim_id "
                + "having count(distinct source_id) > 1) repeated")).as("claims repeated across sources").isGreaterThan(300);
        assertThat(count(again, "select count(*) from entity e where e.type = 'PERSON' and "
                + "(select count(*) from alias a where a.entity_id = e.id) >= 5")).isPositive();
        assertThat(count(again, "select count(*) from claim where claimant_id is not null")).isGreaterThan(1200);
        assertThat(count(again, "select count(*) from claim_entity")).isGreaterThan(2000);
        assertThat(count(again, "select min(octet_length(full_text)) from source")).isGreaterThanOrEqualTo(1000);
        for (String table : TABLES) {
            if (!table.equals("claim_entity")) {
                assertThat(count(again, "select count(*) from " + table + " where created_by <> 'generator'"))
                        .as(table).isZero();
            }
        }
    }

    @Test
    void the_history_has_each_claim_entered_and_each_verdict_drafted_by_thirty_reviewers_in_time_order() {
        assertThat(count(again, "select count(*) from claim c where not exists "
                + "(select 1 from claim_aud a where a.id = c.id and a.revtype = 0)")).as("claims without their first revision").isZero();
        assertThat(count(again, "select count(*) from verdict v where not exists "
                + "(select 1 from verdict_aud a where a.id = v.id and a.status = 'DRAFT')")).as("verdicts never drafted").isZero();
        assertThat(count(again, "select count(*) from appearance_aud")).isEqualTo(count(again, "select count(*) from appearance"));
        assertThat(count(again, "select count(*) from evidence_aud")).isEqualTo(count(again, "select count(*) from evidence"));
        assertThat(count(again, "select count(distinct reviewer) from revision")).isEqualTo(Generator.HISTORY_REVIEWERS);
        assertThat(count(again, "select count(*) from revision r join revision later on later.id = r.id + 1 "
                + "where later.revised_at < r.revised_at")).as("revisions out of time order").isZero();
    }

    @Test
    void generating_a_seed_already_in_the_database_fails_and_adds_nothing() {
        Map<String, String> before = checksums(again);

        assertThatThrownBy(() -> generator("again", 42).run()).hasMessageContaining("Use another --seed");

        assertThat(checksums(again)).isEqualTo(before);
    }

    private static Generator generator(String database, long seed) {
        return new Generator(new Generator.Options(TINY, seed, postgres.getJdbcUrl("postgres", database), "postgres", "",
                "filesystem:db-migrations"));
    }

    /** An md5 over every row of every generated table, as text. */
    /** One hash of the full texts of these sources, in id order. */
    private static String sourceTexts(JdbcClient db, String condition) {
        return db.sql("select md5(string_agg(full_text, '|' order by id)) from source where " + condition)
                .query(String.class).single();
    }

    private static Map<String, String> checksums(JdbcClient jdbc) {
        Map<String, String> checksums = new LinkedHashMap<>();
        for (String table : TABLES) {
            checksums.put(table, jdbc.sql("select md5(string_agg(t::text, '|' order by t::text)) from " + table + " t")
                    .query(String.class).single());
        }
        return checksums;
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
