package org.factcheck.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factcheck.matching.Eventually.waitUntil;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.factcheck.AppTest;
import org.factcheck.Desk;
import org.factcheck.Http;
import org.factcheck.matching.ExternalFactChecks;
import org.factcheck.verdict.VerdictStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import tools.jackson.databind.JsonNode;

/**
 * GET /api/v1/claims:search: Google's Fact Check Tools shape, matching by meaning over our published
 * fact-checks and other desks', bad queries as problems, and nothing unpublished ever in an answer.
 */
class ClaimSearchTest extends ApiTest {

    private static final List<VerdictStatus> STATUSES = Arrays.asList(null, VerdictStatus.DRAFT, VerdictStatus.IN_REVIEW,
            VerdictStatus.PUBLISHED, VerdictStatus.RETRACTED);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ExternalFactChecks externals;

    @Autowired
    SecurityContextHolderStrategy security;

    private Http.Answer search(String query, String... more) {
        return api.get(ClaimSearchController.PATH + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + (more.length == 0 ? "" : "&" + String.join("&", more)));
    }

    /** Imports ClaimReview as an editor would, then waits until the background has embedded it. */
    private void importExternal(String json) {
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("feed-test-editor", null,
                AuthorityUtils.createAuthorityList("ROLE_REVIEWER", "ROLE_EDITOR")));
        try {
            assertThat(externals.importClaimReviews(json.getBytes(StandardCharsets.UTF_8)).refused()).isEmpty();
        } finally {
            security.clearContext();
        }
        waitUntil("the fact-checks embedded", () -> jdbc.sql("select count(*) from external_fact_check where vector is null").query(Long.class).single() == 0);
    }


    private static List<String> texts(Http.Answer answer) {
        List<String> texts = new ArrayList<>();
        JsonNode claims = answer.json().get("claims");
        if (claims != null) {
            claims.forEach(claim -> texts.add(claim.get("text").asString()));
        }
        return texts;
    }

    @Test
    void another_desks_fact_check_is_found_by_a_rewording_in_googles_shape() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        importExternal("""
                {"@context": "https://schema.org", "@type": "ClaimReview", "url": "https://www.snopes.example/%s",
                 "claimReviewed": "Drinking bleach cures the coronavirus infection", "name": "Does bleach cure COVID-19?",
                 "datePublished": "2020-04-02", "inLanguage": "en",
                 "author": {"@type": "Organization", "name": "Snopes", "url": "https://www.snopes.example"},
                 "reviewRating": {"@type": "Rating", "ratingValue": 1, "alternateName": "False"},
                 "itemReviewed": {"@type": "Claim", "author": {"name": "A post on social media"}, "datePublished": "2020-03-30"}}
                """.formatted(marker));

        Http.Answer answer = search("Can you get rid of covid by swallowing disinfectant?", "key=any-google-api-key");

        assertThat(answer.status()).isEqualTo(200);
        // on the first page, not necessarily first: another test's check of a bleach claim may rank above it
        // (placeholders such as "Published m…" no longer do: see the test below)
        assertThat(texts(answer)).contains("Drinking bleach cures the coronavirus infection");
        JsonNode first = StreamSupport.stream(answer.json().get("claims").spliterator(), false)
                .filter(claim -> claim.get("text").asString().equals("Drinking bleach cures the coronavirus infection"))
                .findFirst().orElseThrow();
        assertThat(first.get("claimant").asString()).isEqualTo("A post on social media");
        assertThat(first.get("claimDate").asString()).isEqualTo("2020-03-30T00:00:00Z");
        JsonNode review = first.get("claimReview").get(0);
        assertThat(review.get("publisher").get("name").asString()).isEqualTo("Snopes");
        assertThat(review.get("publisher").get("site").asString()).isEqualTo("www.snopes.example");
        assertThat(review.get("url").asString()).isEqualTo("https://www.snopes.example/" + marker);
        assertThat(review.get("title").asString()).isEqualTo("Does bleach cure COVID-19?");
        assertThat(review.get("reviewDate").asString()).isEqualTo("2020-04-02T00:00:00Z");
        assertThat(review.get("textualRating").asString()).isEqualTo("False");
        assertThat(review.get("languageCode").asString()).isEqualTo("en");
        assertThat(answer.header("ETag")).isNotNull();

        assertThat(texts(search("Can you get rid of covid by swallowing disinfectant?", "reviewPublisherSiteFilter=snopes.example")))
                .contains("Drinking bleach cures the coronavirus infection");
        assertThat(texts(search("Can you get rid of covid by swallowing disinfectant?", "reviewPublisherSiteFilter=politifact.com")))
                .doesNotContain("Drinking bleach cures the coronavirus infection");
        assertThat(texts(search("Can you get rid of covid by swallowing disinfectant?", "maxAgeDays=30")))
                .doesNotContain("Drinking bleach cures the coronavirus infection");
        // never ours: not in the feed, its pages or its ClaimReview
        assertThat(api.get("/api/v1/fact-checks?q=bleach").body()).doesNotContain("Drinking bleach");
        assertThat(api.get("/api/v1/claim-reviews?limit=100").body()).doesNotContain(marker);
    }

    @Test
    void a_claim_of_almost_no_words_is_not_offered_for_a_query_it_has_nothing_to_do_with() {
        // such placeholders ("Published m…", other tests') once ranked above the bleach check above: every
        // claim among the nearest in meaning earned credit for its place there, however far it was
        Desk.Case placeholder = desk.publish("Published " + Desk.newMarker(), "Someone", "the quote", "True");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        importExternal("""
                {"@type": "ClaimReview", "url": "https://www.snopes.example/gargle/%s",
                 "claimReviewed": "Gargling with bleach kills the coronavirus", "name": "Does gargling bleach protect against COVID-19?",
                 "author": {"name": "Snopes", "url": "https://www.snopes.example"}}
                """.formatted(marker));
        waitUntil("the placeholder found by its meaning",
                () -> texts(search(placeholder.claimText(), "ranking=embedding")).contains(placeholder.claimText()));

        List<String> found = texts(search("Is it true that gargling disinfectant protects you from covid?", "pageSize=100"));

        assertThat(found).contains("Gargling with bleach kills the coronavirus").doesNotContain(placeholder.claimText());
    }

    @Test
    void pages_walk_through_the_matches_with_next_page_token() {
        // letters only: a marker's digits would be facts that agree or disagree with the numbered claims
        String marker = UUID.randomUUID().toString().replaceAll("[^a-f]", "x").substring(0, 10);
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            items.append(i == 0 ? "" : ",").append("""
                    {"@type": "ClaimReview", "url": "https://www.politifact.example/%s/%d", "claimReviewed": "Zebra %s number %d",
                     "author": {"name": "PolitiFact", "url": "https://www.politifact.example"}}""".formatted(marker, i, marker, i));
        }
        importExternal("[" + items + "]");

        // walk on until all five have come or the pages end: what else the database holds (other tests'
        // claims) may rank between them, but no match may be skipped or shown twice across pages
        Http.Answer page = search("Zebra " + marker, "pageSize=3");
        assertThat(texts(page)).hasSize(3);
        List<String> all = new ArrayList<>(texts(page));
        for (int pages = 1; pages < 10 && page.json().has("nextPageToken")
                && all.stream().filter(text -> text.contains(marker)).count() < 5; pages++) {
            page = search("Zebra " + marker, "pageSize=3", "pageToken=" + page.json().get("nextPageToken").asString());
            all.addAll(texts(page));
        }
        assertThat(all).doesNotHaveDuplicates();
        assertThat(all.stream().filter(text -> text.contains(marker))).hasSize(5);
    }

    @Test
    void a_missing_empty_or_overlong_query_and_bad_paging_are_problems_naming_the_parameter() {
        List<Http.Answer> answers = List.of(api.get(ClaimSearchController.PATH), search("   "), search("x".repeat(10_000)), search("ж".repeat(1_001)),
                search("troops", "pageSize=0"), search("troops", "pageToken=garbage"), search("troops", "ranking=psychic"),
                search("troops", "maxAgeDays=-3"), search("troops", "qery=troops"));

        assertThat(answers).extracting(Http.Answer::status).containsOnly(400);
        assertThat(answers).extracting(answer -> answer.json().get("parameter").asString())
                .containsExactly("query", "query", "query", "query", "pageSize", "pageToken", "ranking", "maxAgeDays", "qery");
        assertThat(answers).allSatisfy(answer -> assertThat(answer.header("Content-Type")).startsWith("application/problem+json"));
    }

    @Test
    void a_query_in_another_script_is_answered_by_its_words() {
        Http.Answer answer = search("Американские войска остаются в Ираке");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().has("claims") ? answer.json().get("claims").size() : 0).isLessThanOrEqualTo(10);
    }

    @Test
    void only_published_fact_checks_ever_appear_however_exactly_the_query_names_them() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<Desk.Case> cases = new ArrayList<>();
        STATUSES.forEach(status -> cases.add(desk.add(status, "False")));
        for (int i = 0, more = 3 + random.nextInt(6); i < more; i++) {
            cases.add(desk.add(STATUSES.get(random.nextInt(STATUSES.size())), "Mostly false"));
        }
        waitUntil("the claims embedded", () -> cases.stream().allMatch(added -> jdbc.sql("select count(*) from claim_embedding where claim_id = :id")
                .param("id", added.claimId()).query(Long.class).single() == 1));

        for (Desk.Case added : cases) {
            for (String ranking : List.of("combined", "lexical", "embedding", "trigram")) {
                Http.Answer answer = search(added.claimText(), "ranking=" + ranking, "pageSize=100");
                assertThat(answer.status()).isEqualTo(200);
                Predicate<String> isIt = text -> text.contains(added.marker());
                assertThat(texts(answer).stream().anyMatch(isIt)).as("random seed %d, %s, %s", seed, added, ranking)
                        .isEqualTo(added.isPublished());
                if (!added.isPublished()) {
                    assertThat(answer.body()).doesNotContain(added.marker());
                }
            }
        }
    }
}
