package org.factcheck.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.factcheck.AppTest;
import org.factcheck.claim.Claim;
import org.factcheck.claim.CheckWorthiness;
import org.factcheck.claim.ClaimService;
import org.factcheck.source.Source;
import org.factcheck.source.SourceOrigin;
import org.factcheck.source.SourceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** Importing a document as a new source, and deciding its candidate claims. */
@AppTest
@WithMockUser(username = "rita", roles = "REVIEWER")
class ImportServiceTest {

    /** The opening of seed document 001, with its figures and names changed: alike in kind, not a duplicate. */
    private static final String NEWS = """
            "We do not believe that the coalition forces will leave Iraq," Jaafar Sheikh Mustafa said on Tuesday.
            Officials of the United States, which has the largest consulate in the world in the Kurdistan region, \
            renewed their assurances in the past weeks.
            According to the ministry, 2,700 soldiers will stay in an advisory role after December 31, 2021.
            The weather was pleasant and the streets were calm.
            """;

    @Autowired
    ImportService imports;

    @Autowired
    SourceService sources;

    @Autowired
    ClaimService claims;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fingerprints fingerprints;

    @Test
    void importing_a_text_creates_the_source_with_its_details() {
        String text = NEWS + unique();

        ImportedSource imported = importNews(text, "Coalition forces to stay");

        Source source = sources.find(imported.sourceId()).orElseThrow();
        assertThat(source.getFullText()).isEqualTo(text);
        assertThat(source.getSha256()).isEqualTo(Source.sha256Of(text));
        assertThat(source.getOrigin()).isEqualTo(SourceOrigin.IMPORT);
        assertThat(source.getEnteredBy()).isEqualTo("rita");
        assertThat(source.getTitle()).isEqualTo("Coalition forces to stay");
        assertThat(source.getOutlet()).isEqualTo("Desk wire");
        assertThat(source.published()).isEqualTo("2021-09-07");
    }

    @Test
    void a_news_text_gets_its_check_worthy_sentences_proposed_with_reasons() {
        ImportedSource imported = importNews(NEWS + unique(), "Advisers stay");

        List<CandidateClaim> proposed = imports.candidates(imported.sourceId());

        assertThat(imported.candidates()).isEqualTo(proposed.size());
        assertThat(proposed).extracting(CandidateClaim::getSentence)
                .contains("According to the ministry, 2,700 soldiers will stay in an advisory role after December 31, 2021.")
                .noneMatch(sentence -> sentence.startsWith("The weather"));
        CandidateClaim soldiers = proposed.stream().filter(c -> c.getSentence().contains("2,700")).findFirst().orElseThrow();
        assertThat(soldiers.getReasons()).contains("a number or quantity (2,700)", "a date or time (December)",
                "an attribution (“According to”)");
        assertThat(soldiers.getScore()).isGreaterThanOrEqualTo(0.7);
        assertThat(soldiers.getStatus()).isEqualTo(CandidateStatus.PROPOSED);
        CandidateClaim quoted = proposed.stream().filter(c -> c.getSentence().contains("Jaafar")).findFirst().orElseThrow();
        assertThat(quoted.getReasons()).anyMatch(reason -> reason.startsWith("names ")).contains("an attribution (“said”)");
    }

    @Test
    void accepting_a_candidate_anchors_a_claim_exactly_at_it_even_after_emoji() {
        String text = "🇮🇶 Breaking 🚨 news. " + NEWS + unique();
        ImportedSource imported = importNews(text, "With emoji");
        CandidateClaim soldiers = candidate(imported, "2,700");

        Claim claim = imports.accept(soldiers.getId());

        assertThat(claim.getText()).isEqualTo(soldiers.getSentence());
        assertThat(claim.getCheckWorthiness()).isEqualTo(CheckWorthiness.HIGH);
        assertThat(anchoredExactly(claim.getId())).isTrue();
        assertThat(quoteOf(claim.getId())).isEqualTo(soldiers.getSentence());
        CandidateClaim decided = candidate(imported, "2,700");
        assertThat(decided.getStatus()).isEqualTo(CandidateStatus.ACCEPTED);
        assertThat(decided.getClaimId()).isEqualTo(claim.getId());
        assertThat(decided.getDecidedBy()).isEqualTo("rita");
        assertThatThrownBy(() -> imports.accept(soldiers.getId())).hasMessageContaining("accepted already");
    }

    @Test
    void a_candidate_is_accepted_for_the_part_of_the_sentence_the_reviewer_narrowed_it_to() {
        ImportedSource imported = importNews("👍 " + NEWS + unique(), "Narrowed");
        CandidateClaim soldiers = candidate(imported, "2,700");
        int start = soldiers.getStartOffset() + "According to the ministry, ".length();

        Claim claim = imports.accept(soldiers.getId(), start, soldiers.getEndOffset() - 1,
                "2,700 soldiers stay in Iraq after 2021");

        assertThat(claim.getText()).isEqualTo("2,700 soldiers stay in Iraq after 2021");
        assertThat(quoteOf(claim.getId())).isEqualTo("2,700 soldiers will stay in an advisory role after December 31, 2021");
        assertThat(anchoredExactly(claim.getId())).isTrue();
        CandidateClaim quoted = candidate(imported, "Jaafar");
        assertThatThrownBy(() -> imports.accept(quoted.getId(), quoted.getStartOffset(), quoted.getEndOffset() + 2, null))
                .hasMessageContaining("part of the proposed sentence");
    }

    @Test
    void a_dismissed_candidate_is_not_proposed_again() {
        ImportedSource imported = importNews(NEWS + unique(), "Dismissed");
        CandidateClaim quoted = candidate(imported, "Jaafar");

        imports.dismiss(quoted.getId(), "not a claim");

        assertThat(candidate(imported, "Jaafar").getStatus()).isEqualTo(CandidateStatus.DISMISSED);
        assertThat(imports.candidates(imported.sourceId()))
                .filteredOn(c -> c.getStatus() == CandidateStatus.PROPOSED)
                .extracting(CandidateClaim::getSentence).noneMatch(sentence -> sentence.contains("Jaafar"));
        assertThatThrownBy(() -> imports.accept(quoted.getId())).hasMessageContaining("dismissed already");
    }

    @Test
    void an_exact_duplicate_is_refused_naming_the_existing_source() {
        String text = NEWS + unique();
        ImportedSource first = importNews(text, "The first import");
        long before = count("source");

        assertThatThrownBy(() -> imports.importDocument(pasted(text, "The same again"), true))
                .isInstanceOfSatisfying(ImportRefused.class, refused -> {
                    assertThat(refused.existingSourceId()).isEqualTo(first.sourceId());
                    assertThat(refused.problems().get("text")).contains("already the source “The first import”");
                });
        assertThat(count("source")).isEqualTo(before);
    }

    @Test
    void a_near_duplicate_of_a_seed_document_is_flagged_and_can_still_be_imported() throws IOException {
        String seed = Files.readString(Path.of("seed/documents/002_93a72a21d3ae996a.txt"));
        String retouched = seed.replaceFirst("\\bthe\\b", "this").replaceFirst("\\bIraq\\b", "Iraq's") + "\nUpdated. " + unique();
        long before = count("source");

        assertThatThrownBy(() -> imports.importDocument(pasted(retouched, "A copy with changes"), false))
                .isInstanceOfSatisfying(NearDuplicateFound.class, found -> {
                    assertThat(found.nearDuplicate().title()).isEqualTo("Iraq Returns to the Deadly Embrace of the US");
                    assertThat(found.nearDuplicate().similarity()).isGreaterThanOrEqualTo(0.8);
                });
        assertThat(count("source")).isEqualTo(before);

        ImportedSource imported = imports.importDocument(pasted(retouched, "A copy with changes"), true);

        assertThat(imported.nearDuplicateOf().title()).isEqualTo("Iraq Returns to the Deadly Embrace of the US");
        assertThat(sources.find(imported.sourceId())).isPresent();
    }

    @Test
    void a_source_loaded_outside_the_application_is_fingerprinted_and_then_found_as_a_near_duplicate() {
        String text = "Flooding closed 14 schools in Basra on Sunday, the governor told the local council. Engineers "
                + "said the pumping stations had failed twice since March, and residents of three districts waited "
                + "for water tankers through the night. " + unique();
        long id = jdbc.sql("""
                insert into source (title, outlet, language, full_text, sha256, origin, entered_by, created_by, updated_by)
                values ('Bulk-loaded', 'Wire', 'en', :text, :sha, 'IMPORT', 'loader', 'loader', 'loader') returning id""")
                .param("text", text).param("sha", Source.sha256Of(text)).query(Long.class).single();

        assertThat(fingerprints.fingerprintTheRest()).isGreaterThanOrEqualTo(1);

        assertThatThrownBy(() -> imports.importDocument(pasted(text + " Updated.", "A re-post"), false))
                .isInstanceOfSatisfying(NearDuplicateFound.class,
                        found -> assertThat(found.nearDuplicate().sourceId()).isEqualTo(id));
    }

    @Test
    void an_empty_file_is_refused_and_nothing_is_stored() {
        assertRefused(file(new byte[0], "empty.txt"), "file", "is empty");
        assertRefused(file("  \n\t ".getBytes(StandardCharsets.UTF_8), "blank.txt"), "file", "only white space");
        assertRefused(pasted("   ", "Blank paste"), "text", "The text is empty");
    }

    @Test
    void a_binary_file_is_refused_and_nothing_is_stored() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertRefused(file(png, "photo.txt"), "file", "is binary");
        byte[] controls = "text\u0001\u0002\u0003\u0004 with control bytes".getBytes(StandardCharsets.UTF_8);
        assertRefused(file(controls, "odd.txt"), "file", "control characters");
    }

    @Test
    void an_oversized_file_is_refused_and_nothing_is_stored() {
        byte[] large = "Troops said 2,500 stay. ".repeat((int) (imports.maxBytes() / 20)).getBytes(StandardCharsets.UTF_8);

        assertRefused(file(large, "large.txt"), "file", "more than the 2048 KB an import may have");
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_and_nothing_is_stored() {
        byte[] latin1 = "Le ministre a déclaré que 2 500 soldats resteront.".getBytes(StandardCharsets.ISO_8859_1);

        assertRefused(file(latin1, "latin1.txt"), "file", "is not UTF-8 text (the byte at offset 15 is not valid UTF-8");
    }

    @Test
    void a_byte_order_mark_is_fine_and_not_kept() {
        byte[] withBom = ("\uFEFFThe minister said 2,500 troops would stay. " + unique()).getBytes(StandardCharsets.UTF_8);

        ImportedSource imported = imports.importDocument(file(withBom, "bom.txt"), false);

        assertThat(sources.find(imported.sourceId()).orElseThrow().getFullText()).startsWith("The minister said");
    }

    @Test
    void a_file_of_another_format_and_missing_details_are_refused_next_to_their_fields() {
        assertRefused(file("%PDF-1.7".getBytes(StandardCharsets.UTF_8), "report.pdf"), "file", "not a .txt, .md or .html file");
        ImportRequest noDetails = new ImportRequest(null, null, NEWS + unique(), " ", "", null, null, null, "English", "ftp://x");
        long before = count("source");

        assertThatThrownBy(() -> imports.importDocument(noDetails, false)).isInstanceOfSatisfying(ImportRefused.class,
                refused -> assertThat(refused.problems()).containsOnlyKeys("title", "outlet", "language", "url"));
        assertThat(count("source")).isEqualTo(before);
    }

    @Test
    void an_html_page_is_reduced_to_its_text_with_a_paragraph_per_block() {
        String html = """
                <!doctype html><html><head><title>Troops to stay</title><style>p { color: red }</style></head>
                <body><script>alert('x')</script><h1>Troops  to
                stay</h1><p>The minister <b>said</b> 2,500 troops would stay.</p><ul><li>One</li><li>Two</li></ul>
                <p>Line one<br>line two</p><p>%s</p></body></html>
                """.formatted(unique());

        ImportedSource imported = imports.importDocument(file(html.getBytes(StandardCharsets.UTF_8), "page.html", ""), false);

        Source source = sources.find(imported.sourceId()).orElseThrow();
        assertThat(source.getFullText()).startsWith("Troops to stay\n\nThe minister said 2,500 troops would stay.\n\n"
                + "One\n\nTwo\n\nLine one\nline two\n\n").doesNotContain("alert", "color", "<");
        assertThat(source.getTitle()).isEqualTo("Troops to stay");
    }

    @Test
    void markdown_is_reduced_to_plain_text() {
        String markdown = "# Troops to stay\n\nThe minister **said** [2,500 troops](https://example.org) would stay.\n\n"
                + "* one\n* two\n\n" + unique();

        ImportedSource imported = imports.importDocument(file(markdown.getBytes(StandardCharsets.UTF_8), "notes.md"), false);

        String text = sources.find(imported.sourceId()).orElseThrow().getFullText();
        assertThat(text).startsWith("Troops to stay\n\nThe minister said 2,500 troops would stay.\n\none\n\ntwo\n\n")
                .doesNotContain("**", "](", "# ");
    }

    /** These tests import the same news text again and again, so each is a near-duplicate of the one before. */
    private ImportedSource importNews(String text, String title) {
        return imports.importDocument(pasted(text, title), true);
    }

    private void assertRefused(ImportRequest request, String field, String problem) {
        long sourcesBefore = count("source");
        long candidatesBefore = count("candidate_claim");
        long fingerprintsBefore = count("source_fingerprint");
        assertThatThrownBy(() -> imports.importDocument(request, true)).isInstanceOfSatisfying(ImportRefused.class,
                refused -> assertThat(refused.problems().get(field)).contains(problem));
        assertThat(count("source")).isEqualTo(sourcesBefore);
        assertThat(count("candidate_claim")).isEqualTo(candidatesBefore);
        assertThat(count("source_fingerprint")).isEqualTo(fingerprintsBefore);
    }

    private CandidateClaim candidate(ImportedSource imported, String containing) {
        return imports.candidates(imported.sourceId()).stream().filter(c -> c.getSentence().contains(containing))
                .findFirst().orElseThrow();
    }

    /** The appearance's offsets, counted in code points by PostgreSQL, hold exactly its quote. */
    private boolean anchoredExactly(long claimId) {
        return jdbc.sql("""
                select substring(s.full_text from a.start_offset + 1 for a.end_offset - a.start_offset) = a.quote
                from appearance a join source s on s.id = a.source_id where a.claim_id = :claim""")
                .param("claim", claimId).query(Boolean.class).single();
    }

    private String quoteOf(long claimId) {
        return jdbc.sql("select quote from appearance where claim_id = :claim").param("claim", claimId)
                .query(String.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static ImportRequest pasted(String text, String title) {
        return ImportRequest.pasted(text, title, "Desk wire", LocalDate.of(2021, 9, 7), "en", null);
    }

    private static ImportRequest file(byte[] bytes, String name) {
        return file(bytes, name, "An uploaded document");
    }

    private static ImportRequest file(byte[] bytes, String name, String title) {
        return ImportRequest.file(bytes, name, title, "Desk wire", LocalDate.of(2021, 9, 7), "en", null);
    }

    private static String unique() {
        return "Ref " + System.nanoTime() + ".";
    }
}
