package org.factcheck.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.factcheck.Desk;
import org.factcheck.Http;
import org.factcheck.figures.PublicFigures;
import org.factcheck.matching.PublicMatches;
import org.factcheck.matching.Ranking;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The answer cache and Last-Modified follow V90's change counter, so every table a public answer reads
 * must carry its trigger. The public queries run here in one transaction of the test's own, and
 * PostgreSQL's statistics of that connection ({@code pg_stat_xact_user_tables}, counted before and after)
 * name every table they scanned.
 */
class PublicTablesWatchedTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    PublishedFactChecks factChecks;
    @Autowired
    FactCheckFilters filters;
    @Autowired
    PublicEntities entities;
    @Autowired
    PublicChanges changes;
    @Autowired
    PublicMatches matches;
    @Autowired
    PublicFigures publicFigures;

    @Test
    void every_table_a_public_answer_reads_moves_the_change_counter() {
        Desk.Case published = desk.publish("True");
        desk.correct(published, "False", "Corrected " + published.marker());

        Set<String> read = new TransactionTemplate(transactions).execute(status -> {
            // The statistics not yet flushed may hold earlier transactions' scans on this connection: count the difference.
            Map<String, Long> before = scans();
            FactCheckFilter everyFilter = filters.parse("false", published.mentionedEntityId(), published.sourceId(),
                    "2000-01-01", published.marker());
            factChecks.page(everyFilter, Paging.of(10, null));
            factChecks.page(FactCheckFilter.NONE, Paging.of(10, null));
            factChecks.findShown(published.claimId());
            factChecks.findAll(List.of(published.claimId()));
            factChecks.publicPages();
            factChecks.ratingScale();
            entities.page(Paging.of(10, null));
            entities.find(published.mentionedEntityId());
            changes.after(Paging.of(10, null));
            changes.correctionsAndRetractions(10);
            changes.of(published.claimId());
            matches.search(published.claimText(), Ranking.TRIGRAM, 10);
            publicFigures.transparency();
            Map<String, Long> after = scans();
            return after.keySet().stream().filter(table -> after.get(table) > before.getOrDefault(table, 0L))
                    .collect(Collectors.toCollection(TreeSet::new));
        });
        Set<String> watched = new TreeSet<>(jdbc.sql("""
                        select distinct c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid
                        join pg_proc p on p.oid = t.tgfoid where p.proname = 'note_public_data_change'""")
                .query(String.class).list());

        // The statistics saw the public queries: what every fact-check shows was read.
        assertThat(read).contains("verdict", "claim", "rating", "entity", "alias", "source", "appearance", "claim_entity",
                "evidence", "verdict_publication", "public_record");
        assertThat(read).as("tables the public answers read, beyond those V90's triggers watch (%s)", watched)
                .isSubsetOf(watched);
    }

    @Test
    void renaming_an_entity_a_published_fact_check_mentions_moves_its_last_modified_and_etag() throws InterruptedException {
        Desk.Case published = desk.publish("True");
        String path = "/api/v1/fact-checks/" + published.claimId();
        Http.Answer before = api.get(path);

        Thread.sleep(1100); // Last-Modified counts whole seconds
        jdbc.sql("update entity set name = 'Renamed mention " + published.marker() + "', updated_at = now() where id = ?")
                .param(published.mentionedEntityId()).update();
        Http.Answer after = api.get(path, "If-Modified-Since", before.header("Last-Modified"));

        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body()).contains("Renamed mention " + published.marker());
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
        assertThat(date(after)).isAfter(date(before));
    }

    /** Scans of each table so far, as the statistics of this connection count them. */
    private Map<String, Long> scans() {
        return jdbc.sql("select relname, seq_scan + coalesce(idx_scan, 0) as scans from pg_stat_xact_user_tables")
                .query((row, n) -> Map.entry(row.getString("relname"), row.getLong("scans"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static ZonedDateTime date(Http.Answer answer) {
        return ZonedDateTime.parse(answer.header("Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME);
    }
}
