package org.factcheck.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factcheck.AppTest;
import org.factcheck.Colleague;
import org.factcheck.account.Role;
import org.factcheck.verdict.VerdictService;
import org.factcheck.Desk;
import org.factcheck.Http;
import org.factcheck.verdict.VerdictStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public transparency page over HTTP: its figures are what SQL counts of published data, and work the
 * desk has not published (drafts, reviews, a proposed correction) changes nothing on it.
 */
@AppTest
class TransparencyPageTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext app;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    VerdictService verdicts;

    Http api;
    Desk desk;

    @BeforeEach
    void connect() {
        api = new Http(port);
        desk = new Desk(app);
    }

    @Test
    void the_page_counts_published_fact_checks_ratings_corrections_and_retractions_as_sql_does() {
        Desk.Case corrected = desk.publish("Half true");
        desk.correct(corrected, "False", "Corrected " + corrected.marker());
        desk.add(VerdictStatus.RETRACTED, "Misleading");

        Http.Answer answer = api.get("/transparency");
        assertThat(answer.status()).isEqualTo(200);
        Document page = Jsoup.parse(answer.body());

        Map<String, String> months = new LinkedHashMap<>();
        jdbc.sql("""
                select to_char(date_trunc('month', published_at, 'UTC') at time zone 'UTC', 'YYYY-MM') as month, count(*) as n
                from verdict where status in ('PUBLISHED', 'RETRACTED') group by 1 order by 1""")
                .query((row, n) -> months.put(row.getString("month"), String.valueOf(row.getLong("n")))).list();
        Map<String, String> shownMonths = rows(page, "#published-table");
        shownMonths.values().remove("0");
        assertThat(shownMonths).isEqualTo(months);
        long published = jdbc.sql("select count(*) from verdict where status in ('PUBLISHED', 'RETRACTED')").query(Long.class).single();
        assertThat(page.select("#published-table caption").text()).isEqualTo(published + " fact-checks published in all");

        Map<String, String> ratings = new LinkedHashMap<>();
        jdbc.sql("select r.label, count(*) as n from verdict v join rating r on r.id = v.rating_id where v.status = 'PUBLISHED' group by r.label")
                .query((row, n) -> ratings.put(row.getString("label"), String.valueOf(row.getLong("n")))).list();
        Map<String, String> shownRatings = rows(page, "#ratings-table");
        shownRatings.values().remove("0");
        assertThat(shownRatings).isEqualTo(ratings);

        long corrections = jdbc.sql("select count(*) from verdict_publication where version_number > 1").query(Long.class).single();
        long retractions = jdbc.sql("select count(*) from verdict where status = 'RETRACTED'").query(Long.class).single();
        assertThat(page.select("#amendments-table tbody tr").eachText()).hasSize(2);
        assertThat(page.select("#amendments-table tbody tr:nth-child(1) td").first().text()).isEqualTo(String.valueOf(corrections));
        assertThat(page.select("#amendments-table tbody tr:nth-child(2) td").first().text()).isEqualTo(String.valueOf(retractions));
        assertThat(corrections).isPositive();
        assertThat(retractions).isPositive();
        // Each chart is an image named by its title, with one bar per row of its table.
        assertThat(page.select("figure.chart svg[role=img] > title").eachText()).hasSize(2)
                .allSatisfy(title -> assertThat(title).contains("in all"));
        assertThat(page.select("figure.chart svg").first().select("rect.bar")).hasSize(rows(page, "#published-table").size());
        assertThat(api.get("/").body()).contains("href=\"/transparency\"");
    }

    @Test
    void drafts_reviews_and_a_proposed_correction_change_nothing_on_the_page() {
        Desk.Case published = desk.publish("True");
        String before = api.get("/transparency").body();

        List<Desk.Case> unpublished = List.of(desk.add(VerdictStatus.DRAFT, "False"), desk.add(VerdictStatus.IN_REVIEW, "Unproven"),
                desk.add(null, null));
        desk.published("rita", "nils");
        String afterPublishing = api.get("/transparency").body();
        assertThat(afterPublishing).isNotEqualTo(before);

        desk.add(VerdictStatus.DRAFT, "Mostly false");
        desk.add(VerdictStatus.IN_REVIEW, "Misleading");
        Colleague.as("nils", Role.EDITOR, () -> verdicts.correct(verdicts.verdictOnClaim(published.claimId()).orElseThrow(),
                verdicts.rating("False").orElseThrow(), "Proposed rationale " + published.marker(), "Proposed note " + published.marker()));
        String after = api.get("/transparency").body();
        assertThat(after).isEqualTo(afterPublishing);
        unpublished.forEach(added -> assertThat(after).doesNotContain(added.marker()));
        assertThat(after).doesNotContain(published.marker(), Desk.EDITOR, Desk.AUTHOR, "rita", "nils");
    }

    /** The table's rows: first cell to second. */
    private static Map<String, String> rows(Document page, String table) {
        Map<String, String> rows = new LinkedHashMap<>();
        page.select(table + " tbody tr").forEach(row -> rows.put(row.selectFirst("th").text(), row.selectFirst("td").text()));
        return rows;
    }
}
