package org.factcheck.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factcheck.AppTest;
import org.factcheck.source.Source;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@AppTest
class SeededDatabaseTest {

    private static final Path SEED = Path.of("seed");
    private static final List<String> TABLES = List.of("source", "entity", "alias", "claim", "claim_entity",
            "claim_link", "appearance", "verdict", "evidence", "seed_item", "revision");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SeedLoader loader;

    @Test
    void the_five_documents_are_sources_with_their_exact_bytes() throws IOException {
        Map<String, String> hashes = jdbc.sql("select title, sha256 from source where origin = 'SEED'")
                .query((row, n) -> Map.entry(row.getString("sha256"), row.getString("title")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(hashes).hasSize(5);
        try (Stream<Path> documents = Files.list(SEED.resolve("documents"))) {
            for (Path document : documents.toList()) {
                assertThat(hashes).containsKey(Source.sha256Of(Files.readString(document)));
            }
        }
    }

    // Other tests share this database, adding sources, claims and appearances and breaking anchors of
    // their own: these look at what the seed loaded only (seed_item remembers it).
    private static final String SEEDED_APPEARANCES = """
            appearance a join seed_item sc on sc.kind = 'CLAIM' and sc.record_id = a.claim_id
                         join seed_item ss on ss.kind = 'SOURCE' and ss.record_id = a.source_id""";

    @Test
    void at_least_40_claims_cover_all_five_documents() {
        assertThat(count("select count(*) from claim c join seed_item si on si.kind = 'CLAIM' and si.record_id = c.id"))
                .isGreaterThanOrEqualTo(40);
        assertThat(count("select count(distinct source_id) from " + SEEDED_APPEARANCES)).isEqualTo(5);
        assertThat(count("select min(n) from (select count(distinct claim_id) n from " + SEEDED_APPEARANCES
                + " group by source_id) c"))
                .as("claims in the document with fewest").isGreaterThanOrEqualTo(3);
    }

    @Test
    void every_appearance_is_anchored_exactly_at_its_quote() {
        assertThat(count("select count(*) from " + SEEDED_APPEARANCES)).isGreaterThanOrEqualTo(40);
        // PostgreSQL counts characters as code points, as our offsets do.
        assertThat(count("""
                select count(*) from %s
                join source s on s.id = a.source_id
                where substring(s.full_text from a.start_offset + 1 for a.end_offset - a.start_offset) <> a.quote
                   or right(substring(s.full_text from 1 for a.start_offset), char_length(a.prefix)) <> a.prefix
                   or substring(s.full_text from a.end_offset + 1 for char_length(a.suffix)) <> a.suffix"""
                .formatted(SEEDED_APPEARANCES)))
                .isZero();
    }

    @Test
    void a_claim_made_by_several_documents_has_an_appearance_in_each() {
        assertThat(count("select count(*) from (select claim_id from appearance group by claim_id "
                + "having count(distinct source_id) > 1) repeated")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void at_least_15_verdicts_have_evidence_and_the_rest_of_the_claims_are_unreviewed() {
        assertThat(count("select count(*) from verdict v where exists (select 1 from evidence e where e.verdict_id = v.id)"))
                .isGreaterThanOrEqualTo(15);
        assertThat(count("select count(*) from verdict where status = 'PUBLISHED'")).isGreaterThanOrEqualTo(10);
        assertThat(count("select count(*) from claim c join seed_item s on s.kind = 'CLAIM' and s.record_id = c.id "
                + "where not exists (select 1 from verdict v where v.claim_id = c.id) and c.status <> 'UNREVIEWED'")).isZero();
    }

    @Test
    void the_seed_shows_where_the_documents_contradict_each_other() {
        assertThat(count("select count(*) from claim_link where kind = 'CONTRADICTS'")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void every_spelling_of_kadhimi_in_the_texts_is_an_alias_of_one_entity() throws IOException {
        Set<String> spellings = new TreeSet<>();
        Pattern kadhimi = Pattern.compile("(?:[Aa]l-)?Ka(?:dh|z)[ie]m[iy]\\b");
        try (Stream<Path> documents = Files.list(SEED.resolve("documents"))) {
            for (Path document : documents.toList()) {
                Matcher matcher = kadhimi.matcher(Files.readString(document));
                while (matcher.find()) {
                    spellings.add(matcher.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(spellings).contains("al-kadhimi", "al-kazimi", "al-kazemi", "al-kadhimy");

        List<Long> owners = jdbc.sql("select distinct entity_id from alias where lower(name) in (:spellings)")
                .param("spellings", spellings).query(Long.class).list();
        List<String> found = jdbc.sql("select lower(name) from alias where lower(name) in (:spellings)")
                .param("spellings", spellings).query(String.class).list();
        assertThat(owners).hasSize(1);
        assertThat(found).containsExactlyInAnyOrderElementsOf(spellings);
    }

    @Test
    void loading_the_seed_again_changes_nothing() {
        Map<String, Long> before = tableCounts();

        SeedLoader.Added added = loader.load(SEED);

        assertThat(added).isEqualTo(new SeedLoader.Added(0, 0, 0, 0));
        assertThat(tableCounts()).isEqualTo(before);
    }

    @Test
    void seeded_records_are_in_the_history_as_the_seed_account() {
        // Other tests share this database and add claims of their own: look at the seeded ones only.
        String seeded = " join seed_item s on s.kind = 'CLAIM' and s.record_id = c.id";
        assertThat(count("select count(*) from claim_aud c join revision r on r.id = c.rev" + seeded
                + " where r.reviewer = 'seed' and c.revtype = 0")).isEqualTo(count("select count(*) from claim c" + seeded));
        assertThat(count("select count(*) from claim c" + seeded + " where c.created_by <> 'seed'")).isZero();
    }

    private Map<String, Long> tableCounts() {
        return TABLES.stream().collect(Collectors.toMap(table -> table, table -> count("select count(*) from " + table)));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
