package org.factcheck.figures;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.factcheck.Browser;
import org.factcheck.BrowserTest;
import org.factcheck.Colleague;
import org.factcheck.Desk;
import org.factcheck.account.Role;
import org.factcheck.claim.Overdue;
import org.factcheck.verdict.VerdictStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The figures view in chromium, over fact-checks this test publishes, corrects and retracts: every number
 * its charts draw and its tables list equals what SQL over the tables themselves counts (not the views the
 * figures read), and the CSV download says the same.
 */
class FiguresBrowserTest extends BrowserTest {

    @Autowired
    Desk desk;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FiguresService figures;

    @Test
    void the_charts_and_tables_show_what_sql_counts_and_the_csv_says_the_same() throws IOException {
        Desk.Case corrected = desk.publish("False");
        desk.publish("False");
        desk.publish("Misleading");
        desk.correct(corrected, "Mostly false", "The figure was wrong " + corrected.marker());
        desk.add(VerdictStatus.RETRACTED, "True");
        String author = desk.account(Role.REVIEWER);
        String editor = desk.account(Role.EDITOR);
        desk.published(author, editor);
        desk.add(VerdictStatus.DRAFT, "Unproven");
        desk.add(VerdictStatus.IN_REVIEW, "Half true");
        // The view opens on the 52 weeks up to today, by week.
        LocalDate today = Overdue.today();
        Map<String, Object> period = Map.of("from", start(today.minusWeeks(52).plusDays(1)), "to", start(today.plusDays(1)));
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

        // Tall enough for every figure in one screenshot (the view scrolls inside Vaadin's layout).
        Page page = signedInAsAdmin(browser.newPage(1400, 2600));
        page.navigate(url("/figures"));
        assertThat(page.locator("#figure-check-worthy")).isVisible();
        Browser.screenshot(page, "figures");

        long published = count("""
                select count(*) from verdict_publication where version_number = 1 and published_at >= :from and published_at < :to""",
                period);
        long thisWeek = count("select count(*) from verdict_publication where version_number = 1 and published_at >= :from",
                Map.of("from", start(monday)));
        Locator bars = page.locator("#figure-published svg rect.bar");
        assertThat(bars).hasCount(53);
        assertThat(values(bars).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(published);
        assertThat(Long.parseLong(bars.last().getAttribute("data-value"))).isEqualTo(thisWeek).isGreaterThanOrEqualTo(4);
        assertThat(page.locator("#figure-published svg title").first()).hasText(
                "Fact-checks published per week: " + published + " in all over 53 bars, the most "
                        + values(bars).values().stream().mapToLong(Long::longValue).max().orElseThrow());
        assertThat(tableRows(page, "#figure-published").get(Grouping.WEEK.label(monday))).containsExactly(String.valueOf(thisWeek));

        Map<String, Long> ratings = new HashMap<>();
        jdbc.sql("""
                select r.label, count(*) as n from verdict v join rating r on r.id = v.rating_id
                join verdict_publication p on p.verdict_id = v.id and p.version_number = 1
                where v.status = 'PUBLISHED' and p.published_at >= :from and p.published_at < :to group by r.label""")
                .params(period).query((row, n) -> ratings.put(row.getString("label"), row.getLong("n"))).list();
        Map<String, Long> drawn = values(page.locator("#figure-ratings svg rect.bar"));
        drawn.values().removeIf(n -> n == 0);
        assertThat(drawn).isEqualTo(ratings).containsKeys("False", "Misleading", "Mostly false");
        Map<String, List<String>> ratingRows = tableRows(page, "#figure-ratings");
        ratings.forEach((label, n) -> assertThat(ratingRows.get(label)).containsExactly(String.valueOf(n)));

        Map<String, List<String>> times = tableRows(page, "#figure-times");
        assertThat(times.get(Figures.TIME_TO_DRAFT)).containsExactlyElementsOf(durations("""
                from verdict_transition t join verdict v on v.id = t.verdict_id join claim c on c.id = v.claim_id
                where t.from_status is null and t.made_at >= :from and t.made_at < :to""", "t.made_at - c.created_at", period));
        assertThat(times.get(Figures.TIME_TO_PUBLICATION)).containsExactlyElementsOf(durations("""
                from verdict_publication p join verdict v on v.id = p.verdict_id join claim c on c.id = v.claim_id
                where p.version_number = 1 and p.published_at >= :from and p.published_at < :to""", "p.published_at - c.created_at", period));
        Map<String, List<String>> amendments = tableRows(page, "#figure-amendments");
        assertThat(amendments.get(Figures.CORRECTIONS)).containsExactlyElementsOf(durations("""
                from verdict_publication k join verdict_publication f on f.verdict_id = k.verdict_id and f.version_number = 1
                where k.version_number > 1 and k.published_at >= :from and k.published_at < :to""", "k.published_at - f.published_at", period));
        assertThat(amendments.get(Figures.RETRACTIONS)).containsExactlyElementsOf(durations("""
                from verdict v join verdict_publication f on f.verdict_id = v.id and f.version_number = 1
                where v.retracted_at >= :from and v.retracted_at < :to""", "v.retracted_at - f.published_at", period));
        assertThat(Long.parseLong(amendments.get(Figures.CORRECTIONS).getFirst())).isPositive();
        assertThat(Long.parseLong(amendments.get(Figures.RETRACTIONS).getFirst())).isPositive();

        long checkWorthyOpen = count("""
                select count(*) from claim
                where check_worthiness = 'HIGH' and status not in ('PUBLISHED', 'RETRACTED', 'REVIEWED', 'DISMISSED')""", Map.of());
        assertThat(tableRows(page, "#figure-check-worthy").get("Open now")).containsExactly(String.valueOf(checkWorthyOpen));
        Map<String, Object> byWhom = new HashMap<>(period);
        byWhom.put("editor", editor);
        byWhom.put("author", author);
        long byEditor = count("""
                select count(*) from verdict v join reviewer r on r.id = v.reviewer_id
                join verdict_publication p on p.verdict_id = v.id and p.version_number = 1
                where r.username = :editor and p.published_at >= :from and p.published_at < :to""", byWhom);
        long byAuthor = count("""
                select count(*) from verdict v join reviewer r on r.id = v.author_id
                join verdict_publication p on p.verdict_id = v.id and p.version_number = 1
                where r.username = :author and p.published_at >= :from and p.published_at < :to""", byWhom);
        Map<String, List<String>> reviewers = tableRows(page, "#figure-reviewers");
        assertThat(reviewers.get(editor)).element(3).isEqualTo(String.valueOf(byEditor));
        assertThat(reviewers.get(author)).element(2).isEqualTo(String.valueOf(byAuthor));
        assertThat(byEditor).isEqualTo(1);
        assertThat(byAuthor).isEqualTo(1);
        page.locator("svg.bar-chart").all().forEach(chart -> {
            assertThat(chart).hasAttribute("role", "img");
            assertThat(chart.getAttribute("aria-label")).isNotBlank();
        });

        Download download = page.waitForDownload(() -> page.getByText("Download CSV").click());
        Map<String, String> csv = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(download.path(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().get().parse(reader)) {
                csv.put(row.get("figure") + "|" + row.get("item") + "|" + row.get("measure"), row.get("value"));
            }
        }
        ratings.forEach((label, n) -> assertThat(csv.get("ratings|" + label + "|fact-checks")).isEqualTo(String.valueOf(n)));
        assertThat(csv.get("published per week|" + Grouping.WEEK.label(monday) + "|fact-checks")).isEqualTo(String.valueOf(thisWeek));
        assertThat(csv.get("durations|" + Figures.CORRECTIONS + "|count")).isEqualTo(amendments.get(Figures.CORRECTIONS).getFirst());
        assertThat(csv.get("check-worthy still open|now|claims")).isEqualTo(String.valueOf(checkWorthyOpen));
    }

    @Test
    void a_period_that_ends_before_it_begins_is_refused_beside_the_field_and_reviewers_get_no_figures() {
        Page page = signedInAsAdmin(browser.newPage(1400, 1000));
        page.navigate(url("/figures"));
        page.getByLabel("From", new Page.GetByLabelOptions().setExact(true)).fill("1/1/2030");
        page.getByLabel("From", new Page.GetByLabelOptions().setExact(true)).press("Enter");
        assertThat(page.locator("vaadin-date-picker[invalid] [slot='error-message']")).containsText("The period ends before it begins");
        assertThat(page.locator("svg.bar-chart")).hasCount(0);

        Period period = Period.lastYear(Overdue.today());
        assertThatThrownBy(() -> Colleague.as("rita", Role.REVIEWER, () -> figures.figures(period)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private long count(String sql, Map<String, Object> parameters) {
        return jdbc.sql(sql).params(parameters).query(Long.class).single();
    }

    /** Count, median and 90th percentile in hours with one decimal, as the table shows them. */
    private List<String> durations(String fromWhere, String duration, Map<String, Object> parameters) {
        String hours = "extract(epoch from " + duration + ") / 3600";
        return jdbc.sql("select count(*) as n, percentile_cont(0.5) within group (order by " + hours + ") as median, "
                        + "percentile_cont(0.9) within group (order by " + hours + ") as p90 " + fromWhere)
                .params(parameters).query((row, n) -> List.of(String.valueOf(row.getLong("n")),
                        hours(row.getObject("median", Double.class)), hours(row.getObject("p90", Double.class)))).single();
    }

    private static String hours(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Each bar's label and value. */
    private static Map<String, Long> values(Locator bars) {
        Map<String, Long> values = new HashMap<>();
        bars.all().forEach(bar -> values.put(bar.getAttribute("data-label"), Long.parseLong(bar.getAttribute("data-value"))));
        return values;
    }

    /** The rows of the section's table, by their first cell. */
    private static Map<String, List<String>> tableRows(Page page, String section) {
        Map<String, List<String>> rows = new HashMap<>();
        page.locator(section + " table tbody tr").all().forEach(row -> rows.put(row.locator("th").textContent().strip(),
                row.locator("td").allTextContents().stream().map(String::strip).toList()));
        return rows;
    }
}
