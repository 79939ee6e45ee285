package org.factcheck.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factcheck.Colleague;
import org.factcheck.Desk;
import org.factcheck.account.Role;
import org.factcheck.archive.ArchiveService;
import org.factcheck.verdict.Verdict;
import org.factcheck.verdict.VerdictService;
import org.factcheck.Http;
import org.factcheck.verdict.VerdictStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A random mix of claims without a verdict, drafts, verdicts in review, published and retracted
 * verdicts; then every endpoint, every page, and every way to ask for one item: only the published
 * ones ever show, and nothing internal (notes, accounts, e-mail addresses, descriptions) anywhere.
 */
class NothingUnpublishedLeaksTest extends ApiTest {

    private static final List<VerdictStatus> STATUSES = Arrays.asList(null, VerdictStatus.DRAFT, VerdictStatus.IN_REVIEW,
            VerdictStatus.PUBLISHED, VerdictStatus.RETRACTED);
    private static final List<String> RATINGS = List.of("True", "Mostly true", "Half true", "Mostly false", "False",
            "Misleading", "Unproven");
    private static final Pattern INTERNAL_KEYS = Pattern.compile(
            "\"(note|created_(at|by)|updated_by|email|username|display_name|password\\w*|author_id|reviewer_id|status"
                    + "|check_worthiness|full_text|sha256|entered_by|origin)\"\\s*:");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArchiveService archive;

    @Autowired
    VerdictService verdicts;

    @Test
    void only_published_fact_checks_and_their_public_fields_ever_appear() {
        // A failure names its seed; -Dleaks.seed=N replays that desk.
        long seed = Long.getLong("leaks.seed", System.nanoTime());
        Random random = new Random(seed);
        List<Desk.Case> cases = new ArrayList<>();
        STATUSES.forEach(status -> cases.add(desk.add(status, RATINGS.get(random.nextInt(RATINGS.size())))));
        for (int i = 0, more = 10 + random.nextInt(11); i < more; i++) {
            cases.add(desk.add(STATUSES.get(random.nextInt(STATUSES.size())), RATINGS.get(random.nextInt(RATINGS.size()))));
        }
        String context = "random seed " + seed + " (replay with -Dleaks.seed=" + seed + ")";

        List<Http.Answer> answers = new ArrayList<>();
        answers.addAll(api.walkCursor("/api/v1/fact-checks", "limit=" + (1 + random.nextInt(100))));
        Set<Long> listed = answers.stream().flatMap(page -> FactChecksApiTest.items(page.json()).stream())
                .map(item -> item.get("id").asLong()).collect(Collectors.toSet());
        answers.addAll(api.walk("/api/v1/feed.json?limit=" + (1 + random.nextInt(100)),
                page -> Optional.ofNullable(page.json().get("next_url")).map(next -> Http.pathOf(next.asString()))));
        answers.addAll(api.walk("/api/v1/claim-reviews?limit=" + (1 + random.nextInt(100)), Http::nextLink));
        answers.addAll(api.walkCursor("/api/v1/entities", "limit=" + (1 + random.nextInt(100))));
        for (Desk.Case added : cases) {
            List<Http.Answer> aboutIt = Stream.of(
                    "/api/v1/fact-checks/" + added.claimId(),
                    "/api/v1/fact-checks/" + added.claimId() + "/claim-review",
                    "/api/v1/entities/" + added.claimantId(),
                    "/api/v1/entities/" + added.mentionedEntityId(),
                    "/api/v1/fact-checks?entity=" + added.claimantId(),
                    "/api/v1/fact-checks?source=" + added.sourceId(),
                    "/api/v1/fact-checks?q=" + added.marker()).map(api::get).toList();
            boolean published = added.isPublished();
            // A retracted fact-check is gone, with its notice (headline, retraction note), never its verdict.
            int itself = published ? 200 : added.status() == VerdictStatus.RETRACTED ? 410 : 404;
            assertThat(aboutIt).as(context + ", " + added).extracting(Http.Answer::status)
                    .containsExactly(itself, itself, published ? 200 : 404,
                            published ? 200 : 404, published ? 200 : 400, published ? 200 : 400, 200);
            assertThat(FactChecksApiTest.items(aboutIt.getLast().json())).as(context).hasSize(published ? 1 : 0);
            assertThat(listed.contains(added.claimId())).as(context + ", " + added).isEqualTo(published);
            answers.addAll(aboutIt);
        }

        List<String> mustNotShow = new ArrayList<>(List.of(Desk.EDITOR, Desk.AUTHOR, Desk.AUTHOR_NAME, Desk.AUTHOR_EMAIL,
                "Internal note", "Internal description"));
        cases.stream().filter(added -> !added.isPublished() && added.status() != VerdictStatus.RETRACTED)
                .map(Desk.Case::marker).forEach(mustNotShow::add);
        mustNotShow.addAll(jdbc.sql("select note from claim where note is not null").query(String.class).list());
        mustNotShow.addAll(jdbc.sql("select email from reviewer where email is not null").query(String.class).list());
        // an unpublished rationale is secret unless a published one says the same (another test's bare "Rationale")
        List<String> publishedWords = jdbc.sql("select concat_ws(' ', headline, rationale) from verdict where status = 'PUBLISHED'")
                .query(String.class).list();
        jdbc.sql("select rationale from verdict where status <> 'PUBLISHED'").query(String.class).list().stream()
                .filter(rationale -> publishedWords.stream().noneMatch(published -> published.contains(rationale)))
                .forEach(mustNotShow::add);
        mustNotShow.removeIf(String::isBlank); // an empty note or draft rationale is in every text
        List<Long> unpublishedSeedClaims = jdbc.sql("""
                select c.id from claim c join seed_item s on s.kind = 'CLAIM' and s.record_id = c.id
                where not exists (select 1 from verdict v where v.claim_id = c.id and v.status = 'PUBLISHED')""")
                .query(Long.class).list();
        assertThat(listed).as("seeded claims without a published verdict").doesNotContainAnyElementsOf(unpublishedSeedClaims);
        // Account names as whole words: "admin" must not show, "the Biden administration" may.
        Pattern accounts = Pattern.compile(jdbc.sql("select username from reviewer union select display_name from reviewer")
                .query(String.class).list().stream().map(Pattern::quote)
                .collect(Collectors.joining("|", "\\b(seed|", ")\\b")));
        for (Http.Answer answer : answers) {
            assertThat(answer.body()).as(context).doesNotContain(mustNotShow);
            assertThat(accounts.matcher(answer.body()).results().map(found -> found.group())).as(context).isEmpty();
            if (answer.status() == 200) {
                assertThat(INTERNAL_KEYS.matcher(answer.body()).results().map(found -> found.group()))
                        .as("internal fields").isEmpty();
            }
        }
    }

    @Test
    void an_archived_copy_is_served_only_while_pinned_to_a_version_the_public_may_read() {
        List<Long> unpinned = new ArrayList<>();
        for (VerdictStatus status : STATUSES) {
            Desk.Case added = desk.add(status, "False");
            for (String url : jdbc.sql("""
                    select coalesce(e.url, s.url) from evidence e join verdict v on v.id = e.verdict_id
                    left join source s on s.id = e.source_id where v.claim_id = ? and coalesce(e.url, s.url) is not null""")
                    .param(added.claimId()).query(String.class).list()) {
                unpinned.add(Colleague.as("leak-archivist", Role.REVIEWER, () -> archive.upload(url, "text/html",
                        ("<p>" + added.marker() + "</p>").getBytes(StandardCharsets.UTF_8), null)).id());
            }
        }
        Verdict inReview = desk.inReview("leak-author");
        String cited = inReview.getEvidence().getFirst().getUrl();
        long pinned = Colleague.as("leak-author", Role.REVIEWER, () -> archive.upload(cited, "text/html",
                "<p>The record, as it was.</p>".getBytes(StandardCharsets.UTF_8), null)).id();
        Colleague.as("leak-editor", Role.EDITOR, () -> verdicts.publish(inReview, "Checked."));

        assertThat(unpinned).as("copies taken after publication, pinned to nothing").isNotEmpty()
                .allSatisfy(id -> assertThat(api.get("/archive/" + id).status()).isEqualTo(404));
        assertThat(api.get("/archive/" + pinned).status()).isEqualTo(200);
        List<Long> servable = jdbc.sql("""
                select distinct p.capture_id from archive_pin p
                join verdict_publication pub on pub.id = p.publication_id join verdict v on v.id = pub.verdict_id
                where v.status in ('PUBLISHED', 'RETRACTED')""").query(Long.class).list();
        for (long capture : jdbc.sql("select id from archive_capture").query(Long.class).list()) {
            assertThat(api.get("/archive/" + capture).status()).as("copy " + capture)
                    .isEqualTo(servable.contains(capture) ? 200 : 404);
        }
    }
}
