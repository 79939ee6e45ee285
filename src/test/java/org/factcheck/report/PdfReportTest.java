package org.factcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factcheck.Desk;
import org.factcheck.Http;
import org.factcheck.account.AccountFixtures;
import org.factcheck.account.Role;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class PdfReportTest extends ReportTest {

    static final String ARABIC = "الخبر غير صحيح";
    static final String PERSIAN = "این ادعا نادرست است";


    @Test
    void the_report_names_each_claim_its_rating_and_renders_arabic_text() throws IOException {
        String marker = Desk.newMarker();
        Desk.Case arabic = desk.publish("Arabic claim " + marker + ": " + ARABIC, "Claimant " + marker,
                "قال المتحدث " + marker, "False");
        Desk.Case persian = desk.publish("Persian claim " + marker + ": " + PERSIAN, "Claimant " + marker,
                "quote " + marker, "True");

        Http.Answer answer = reports.getAs(editor, AccountFixtures.PASSWORD,
                "/reports/fact-checks.pdf?entity=" + arabic.claimantId() + "&from=2024-01-01");
        Http.Answer both = reports.getAs(editor, AccountFixtures.PASSWORD, "/reports/fact-checks.pdf?from=2024-02-29&to=2024-02-29");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).isEqualTo("application/pdf");
        Files.write(Path.of("target/sample-report.pdf"), both.bytes());
        try (PDDocument pdf = Loader.loadPDF(both.bytes())) {
            String text = logical(new PDFTextStripper().getText(pdf));
            assertThat(text).contains("Verdict report", "Contents", "Arabic claim " + marker, "Persian claim " + marker);
            assertThat(text).contains(ARABIC, PERSIAN);
            assertThat(text).contains("False", "True", "Rationale of", "Page 1 of");
            assertThat(embeddedFonts(pdf)).allMatch(PDFont::isEmbedded);
            assertThat(links(pdf)).isPositive();
        }
    }

    @Test
    void each_fact_check_names_who_drafted_and_who_published_it_when_and_its_sources_fingerprint() throws IOException {
        String drafter = desk.account(Role.REVIEWER);
        String publisher = desk.account(Role.EDITOR);
        String marker = Desk.newMarker();
        Desk.Case fact = desk.publishThroughWorkflow("Provenance claim " + marker, drafter, publisher,
                "Corrected after the ministry's figures " + marker);
        String sha256 = app.getBean(JdbcClient.class).sql("select sha256 from source where id = ?")
                .param(fact.sourceId()).query(String.class).single();
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        Http.Answer answer = reports.getAs(editor, AccountFixtures.PASSWORD, "/reports/fact-checks.pdf?claim=" + fact.claimId());

        assertThat(answer.status()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(answer.bytes())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Provenance claim " + marker, "The claim “Provenance claim " + marker + "”");
            assertThat(text).contains("Drafted by " + drafter + ", " + today);
            assertThat(text).contains("Submitted for review by " + drafter + ", " + today);
            assertThat(text).contains("Published by " + publisher + ", " + today);
            assertThat(text).contains("Corrected by " + publisher + ", " + today);
            assertThat(text).contains("Corrected after the ministry's figures " + marker);
            assertThat(text.replace(" ", "")).contains("SHA-256ofitstext:" + sha256);
        }
    }

    @Test
    void a_selection_larger_than_the_pdfs_limit_is_refused_with_what_to_do_instead() {
        PdfReport report = new PdfReport(null, null, null, 1000);

        assertThat(report.refusal(1000)).isEmpty();
        assertThat(report.refusal(1001)).get(InstanceOfAssertFactories.STRING)
                .contains("at most 1000 fact-checks", "has 1001", "narrow it", "CSV");
    }

    @Test
    void reviewers_may_not_export() {
        String reviewer = desk.account(Role.REVIEWER);

        assertThat(reports.get("/reports/fact-checks.pdf").status()).isEqualTo(401);
        assertThat(reports.getAs(reviewer, AccountFixtures.PASSWORD, "/reports/fact-checks.pdf").status()).isEqualTo(403);
    }

    @Test
    void the_cover_names_the_entity_and_every_line_of_a_right_to_left_quote_is_set_right() throws IOException {
        String marker = Desk.newMarker();
        String quote = (ARABIC + " و ").repeat(14) + "انتهى";
        Desk.Case fact = desk.publish("Right to left " + marker, "Claimant " + marker, quote, "False");

        Http.Answer answer = reports.getAs(editor, AccountFixtures.PASSWORD, "/reports/fact-checks.pdf?entity=" + fact.claimantId());

        Files.write(Path.of("target/rtl-report.pdf"), answer.bytes());
        try (PDDocument pdf = Loader.loadPDF(answer.bytes())) {
            PDFTextStripper cover = new PDFTextStripper();
            cover.setEndPage(1);
            assertThat(cover.getText(pdf)).contains("About Claimant " + marker).doesNotContain("Entity #");
            // The right edge of each line of Arabic after the cover (the quote's): the last, short line too.
            java.util.Map<Float, Float> rightEdges = new java.util.TreeMap<>();
            PDFTextStripper lines = new PDFTextStripper() {
                @Override
                protected void writeString(String text, java.util.List<org.apache.pdfbox.text.TextPosition> glyphs) {
                    glyphs.stream().filter(glyph -> glyph.getUnicode().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                            == Character.UnicodeScript.ARABIC)).forEach(glyph -> rightEdges.merge(
                                    (float) Math.round(glyph.getYDirAdj()), glyph.getXDirAdj() + glyph.getWidthDirAdj(), Math::max));
                }
            };
            lines.setStartPage(2);
            lines.getText(pdf);
            assertThat(rightEdges).as("the quote wraps").hasSizeGreaterThanOrEqualTo(3);
            float right = rightEdges.values().stream().max(Float::compare).orElseThrow();
            assertThat(rightEdges.values()).allSatisfy(edge -> assertThat(edge).isCloseTo(right, org.assertj.core.data.Offset.offset(3f)));
        }
    }

    /** Shaped Arabic comes out of the PDF as presentation forms; NFKC turns them back into letters. */
    private static String logical(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    private static java.util.List<PDFont> embeddedFonts(PDDocument pdf) throws IOException {
        java.util.List<PDFont> fonts = new java.util.ArrayList<>();
        for (var page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    private static long links(PDDocument pdf) throws IOException {
        long links = 0;
        for (var page : pdf.getPages()) {
            links += page.getAnnotations().stream().filter(PDAnnotationLink.class::isInstance).count();
        }
        return links;
    }
}
