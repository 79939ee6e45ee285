package org.factcheck.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factcheck.Desk;
import org.factcheck.Http;
import org.factcheck.AppTest;
import org.factcheck.account.AccountFixtures;
import org.factcheck.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Script payloads in every text of a published fact-check come out of the API, the PDF and the CSV
 * as the literal text they are: JSON strings in a JSON answer the browser may not sniff as HTML,
 * text in the PDF with only web links, cells in the CSV. (Formula cells: {@code CsvReportTest}.)
 */
@AppTest
class HostileExportsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext app;

    Http http;
    Desk.Case hostile;
    /** An editor who exports it. */
    String editor;

    @BeforeEach
    void publish_a_hostile_fact_check() {
        http = new Http(port);
        Desk desk = new Desk(app);
        hostile = desk.publishHostile();
        editor = desk.account(Role.EDITOR);
    }

    @Test
    void the_api_returns_the_payloads_as_json_strings_that_are_never_sniffed_as_html() {
        Http.Answer factCheck = http.get("/api/v1/fact-checks/" + hostile.claimId());
        Http.Answer claimReview = http.get("/api/v1/fact-checks/" + hostile.claimId() + "/claim-review");
        Http.Answer claimReviews = http.get("/api/v1/claim-reviews?limit=5");

        assertThat(List.of(factCheck, claimReview, claimReviews)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header("Content-Type")).matches("application/(ld\\+)?json(;.*)?");
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        });
        JsonNode json = JSON.readTree(factCheck.body());
        assertThat(json.get("claim_text").asString()).isEqualTo(hostile.claimText());
        assertThat(json.get("rationale").asString()).isEqualTo("Rationale " + Desk.ALL_PAYLOADS);
        assertThat(json.get("claimant").get("name").asString()).isEqualTo("Claimant " + hostile.marker() + " " + Desk.ALL_PAYLOADS);
        assertThat(json.get("evidence").get(0).get("title").asString()).isEqualTo("Evidence title " + Desk.ALL_PAYLOADS);
        // claimReviewed is the verdict's headline (at most 75 characters, too short for the payloads); the
        // payloads of the claim's other texts above reach ClaimReview as the same JSON strings.
        assertThat(JSON.readTree(claimReview.body()).get("claimReviewed").asString()).isEqualTo("Headline " + hostile.marker());
    }

    @Test
    void the_pdf_shows_the_payloads_as_text_and_links_only_to_web_addresses() throws IOException {
        Http.Answer answer = http.sendAs("GET", "/reports/fact-checks.pdf?claim=" + hostile.claimId(),
                editor, AccountFixtures.PASSWORD);

        assertThat(answer.status()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(answer.bytes())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(Desk.SCRIPT_PAYLOADS).allSatisfy(payload -> assertThat(text).contains(payload.replaceAll("\\s+", "")));
            assertThat(linkTargets(pdf)).isNotEmpty().allMatch(uri -> uri.matches("https?://.*"));
        }
    }

    @Test
    void the_csv_gives_back_the_payloads_verbatim() throws IOException {
        Http.Answer answer = http.sendAs("GET", "/reports/fact-checks.csv?rows=appearance&claim=" + hostile.claimId(),
                editor, AccountFixtures.PASSWORD);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(answer.body())).getRecords();
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().get("text")).isEqualTo(hostile.claimText());
        assertThat(rows.getFirst().get("claimant")).isEqualTo("Claimant " + hostile.marker() + " " + Desk.ALL_PAYLOADS);
        assertThat(rows.getFirst().get("quote")).isEqualTo("Quoted " + hostile.marker() + " " + Desk.ALL_PAYLOADS);
    }

    private static List<String> linkTargets(PDDocument pdf) throws IOException {
        List<String> targets = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    targets.add(uri.getURI());
                }
            }
        }
        return targets;
    }
}
