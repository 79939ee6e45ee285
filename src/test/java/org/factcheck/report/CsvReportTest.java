package org.factcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.factcheck.Desk;
import org.factcheck.Http;
import org.factcheck.account.AccountFixtures;
import org.factcheck.account.Role;
import org.factcheck.feed.Slug;
import org.junit.jupiter.api.Test;

class CsvReportTest extends ReportTest {

    @Test
    void quotes_commas_and_line_breaks_survive_a_round_trip() throws IOException {
        String text = "He said \"no\", twice,\nthen \"yes\"; تم تأكيد الخبر " + Desk.newMarker();
        Desk.Case fact = desk.publish(text, "Claimant, \"the\" first", "quoted, \"words\"", "False");

        Http.Answer answer = reports.getAs(editor, AccountFixtures.PASSWORD, "/reports/fact-checks.csv?source=" + fact.sourceId());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("text/csv");
        List<CSVRecord> rows = parse(answer.body());
        assertThat(rows).hasSize(1);
        CSVRecord row = rows.getFirst();
        assertThat(row.get("claimId")).isEqualTo(Long.toString(fact.claimId()));
        assertThat(row.get("text")).isEqualTo(text);
        assertThat(row.get("claimant")).isEqualTo("Claimant, \"the\" first");
        assertThat(row.get("claimDate")).isEqualTo("2024-02-29");
        assertThat(row.get("reviewDate")).isNotBlank();
        assertThat(row.get("textualRating")).isEqualTo("False");
        assertThat(row.get("url")).isEqualTo("http://localhost:8080/fact-checks/" + fact.claimId() + "/"
                + Slug.of(Desk.headline(text)));
        assertThat(row.get("languageCode")).isEqualTo("ar");
        assertThat(row.get("title")).isEqualTo(Desk.headline(text));
        assertThat(row.get("publisherName")).isEqualTo("Fact-check desk");
        assertThat(row.get("publisherSite")).isEqualTo("http://localhost:8080/");
        assertThat(row.get("verdictStatus")).isEqualTo("PUBLISHED");
    }

    @Test
    void the_columns_are_named_as_in_the_fact_check_tools_api() {
        Desk.Case fact = desk.publish("Columns " + Desk.newMarker(), "Someone", "the quote", "False");

        String csv = reports.getAs(editor, AccountFixtures.PASSWORD, "/reports/fact-checks.csv?source=" + fact.sourceId()).body();

        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo("claimId,text,claimant,claimDate,verdictStatus,reviewDate,textualRating,unpublishedRating,"
                        + "rationale,url,languageCode,sources,entities,evidence,title,publisherName,publisherSite");
    }

    @Test
    void a_draft_rating_is_not_given_as_the_textual_rating_but_marked_unpublished() throws IOException {
        Desk.Case draft = desk.draft("Draft " + Desk.newMarker(), "the quote", "Misleading");

        CSVRecord row = parse(reports.getAs(editor, AccountFixtures.PASSWORD, "/reports/fact-checks.csv?source=" + draft.sourceId())
                .body()).getFirst();

        assertThat(row.get("verdictStatus")).isEqualTo("DRAFT");
        assertThat(row.get("textualRating")).isEmpty();
        assertThat(row.get("unpublishedRating")).isEqualTo("Misleading");
        assertThat(row.get("reviewDate")).isEmpty();
        assertThat(row.get("url")).isEmpty();
    }

    @Test
    void a_published_verdict_has_its_status_rationale_sources_entities_and_evidence() throws IOException {
        Desk.Case draft = desk.draft("Everything " + Desk.newMarker(), "the quote", "False");
        Desk.Case published = desk.publish("Published " + Desk.newMarker(), "Someone", "the quote", "True");

        CSVRecord drafted = parse(reports.getAs(editor, AccountFixtures.PASSWORD, "/reports/fact-checks.csv?source=" + draft.sourceId())
                .body()).getFirst();
        CSVRecord publishedRow = parse(reports.getAs(editor, AccountFixtures.PASSWORD,
                "/reports/fact-checks.csv?source=" + published.sourceId()).body()).getFirst();

        assertThat(drafted.get("rationale")).isEqualTo("Rationale of " + draft.claimText());
        assertThat(drafted.get("sources")).startsWith("Source title ").contains(" — Outlet, 2024-03-01 <https://news.example/");
        assertThat(drafted.get("entities")).isEqualTo(draft.claimantName());
        assertThat(drafted.get("evidence"))
                .isEqualTo("REFUTES: Evidence title — Evidence publisher <https://evidence.example/page> \"what it says\"");
        assertThat(publishedRow.get("verdictStatus")).isEqualTo("PUBLISHED");
        assertThat(publishedRow.get("textualRating")).isEqualTo("True");
        assertThat(publishedRow.get("unpublishedRating")).isEmpty();
    }

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_come_back_neutralised() throws IOException {
        String marker = Desk.newMarker();
        Desk.Case fact = desk.publish("=HYPERLINK(\"http://evil.example\",\"" + marker + "\")", "+Claimant " + marker,
                "@SUM(1,2)", "False");

        Http.Answer answer = reports.getAs(editor, AccountFixtures.PASSWORD,
                "/reports/fact-checks.csv?rows=appearance&source=" + fact.sourceId());

        CSVRecord row = parse(answer.body()).getFirst();
        assertThat(row.get("text")).isEqualTo("'" + fact.claimText());
        assertThat(row.get("claimant")).isEqualTo("'+Claimant " + marker);
        assertThat(row.get("quote")).isEqualTo("'@SUM(1,2)");
        assertThat(CsvReport.neutralised("-1+2")).isEqualTo("'-1+2");
        assertThat(CsvReport.neutralised("an ordinary = sign")).isEqualTo("an ordinary = sign");
    }

    @Test
    void one_row_per_appearance_adds_the_quote_and_its_source() throws IOException {
        Desk.Case fact = desk.publish("Per appearance " + Desk.newMarker(), "Someone", "a quote, in full", "True");

        List<CSVRecord> rows = parse(reports.getAs(editor, AccountFixtures.PASSWORD,
                "/reports/fact-checks.csv?rows=appearance&source=" + fact.sourceId()).body());

        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().get("quote")).isEqualTo("a quote, in full");
        assertThat(rows.getFirst().get("sourceUrl")).startsWith("https://news.example/");
        assertThat(rows.getFirst().get("sourceDate")).isEqualTo("2024-03-01");
    }

    @Test
    void a_byte_order_mark_is_written_only_when_asked_for() {
        Desk.Case fact = desk.publish("BOM " + Desk.newMarker(), "Someone", "the quote", "False");
        String path = "/reports/fact-checks.csv?source=" + fact.sourceId();

        byte[] withMark = reports.getAs(editor, AccountFixtures.PASSWORD, path + "&bom=true").bytes();
        byte[] without = reports.getAs(editor, AccountFixtures.PASSWORD, path).bytes();

        assertThat(withMark).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(without[0]).isEqualTo((byte) 'c');
    }

    @Test
    void the_filter_selects_by_rating_and_by_claim_date() throws IOException {
        Desk.Case fact = desk.publish("Filtered " + Desk.newMarker(), "Someone", "the quote", "False");
        String path = "/reports/fact-checks.csv?source=" + fact.sourceId();

        assertThat(parse(reports.getAs(editor, AccountFixtures.PASSWORD, path + "&rating=false&status=PUBLISHED").body())).hasSize(1);
        assertThat(parse(reports.getAs(editor, AccountFixtures.PASSWORD, path + "&rating=True").body())).isEmpty();
        assertThat(parse(reports.getAs(editor, AccountFixtures.PASSWORD, path + "&from=2024-02-29&to=2024-02-29").body())).hasSize(1);
        assertThat(parse(reports.getAs(editor, AccountFixtures.PASSWORD, path + "&from=2024-03-01").body())).isEmpty();
    }

    @Test
    void an_unknown_row_layout_is_refused_with_the_ones_there_are() {
        Http.Answer answer = reports.getAs(editor, AccountFixtures.PASSWORD, "/reports/fact-checks.csv?rows=source");

        assertThat(answer.status()).isEqualTo(400);
    }

    @Test
    void only_editors_and_admins_may_export() {
        String reviewer = desk.account(Role.REVIEWER);
        String admin = desk.account(Role.ADMIN);
        String path = "/reports/fact-checks.csv?status=DISMISSED";

        Http.Answer anonymous = reports.get(path);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(reports.getAs(editor, "not the password", path).status()).isEqualTo(401);
        assertThat(reports.getAs(reviewer, AccountFixtures.PASSWORD, path).status()).isEqualTo(403);
        assertThat(reports.getAs(editor, AccountFixtures.PASSWORD, path).status()).isEqualTo(200);
        assertThat(reports.getAs(admin, AccountFixtures.PASSWORD, path).status()).isEqualTo(200);
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
    }
}
