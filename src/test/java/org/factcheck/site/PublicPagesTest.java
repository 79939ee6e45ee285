package org.factcheck.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import org.factcheck.AppTest;
import org.factcheck.Desk;
import org.factcheck.Http;
import org.factcheck.verdict.VerdictStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public pages (org.factcheck.site) over HTTP, as a reader and a search engine meet them: one canonical
 * address per fact-check, its ClaimReview embedded, a retraction kept with its notice, answers compressed.
 */
@AppTest
class PublicPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext app;

    Http api;
    Desk desk;

    @BeforeEach
    void connect() {
        api = new Http(port);
        desk = new Desk(app);
    }

    private static final Pattern CLAIM_REVIEW = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    @Test
    void a_fact_check_has_one_canonical_page_with_its_headline_and_its_claim_review() {
        Desk.Case published = desk.publish("Mostly false");
        String canonical = "/fact-checks/" + published.claimId() + "/headline-" + published.marker();

        assertThat(api.get("/fact-checks/" + published.claimId()).header("Location")).isEqualTo(canonical);
        assertThat(api.get("/fact-checks/" + published.claimId()).status()).isEqualTo(301);
        assertThat(api.get("/fact-checks/" + published.claimId() + "/an-old-headline").header("Location")).isEqualTo(canonical);
        Http.Answer page = api.get(canonical);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(page.body()).contains("<title>Headline " + published.marker() + " · ", published.claimText(),
                "Rationale " + published.marker(), "Evidence title " + published.marker(), "the quote of " + published.marker(),
                "<link rel=\"canonical\" href=\"http://localhost:8080" + canonical + "\">");
        assertThat(page.body()).doesNotContain("Internal note", "Internal description", Desk.AUTHOR_EMAIL);
        JsonNode review = embeddedClaimReview(page.body());
        assertThat(review.get("url").asString()).isEqualTo("http://localhost:8080" + canonical);
        assertThat(review.get("@id").asString()).isEqualTo("http://localhost:8080" + canonical + "#claim-review");
        assertThat(review.get("claimReviewed").asString()).isEqualTo("Headline " + published.marker());
        assertThat(review.get("inLanguage").asString()).isEqualTo("en");
        assertThat(review.get("itemReviewed").get("author").get("name").asString()).isEqualTo("Claimant " + published.marker());
        assertThat(review).isEqualTo(api.get("/api/v1/fact-checks/" + published.claimId() + "/claim-review").json());
    }

    @Test
    void an_id_written_otherwise_names_nothing_in_the_pages_or_the_api() {
        Desk.Case published = desk.publish("False");

        for (String path : new String[] {"/fact-checks/0" + published.claimId(), "/fact-checks/+" + published.claimId(),
                "/api/v1/fact-checks/0" + published.claimId(), "/api/v1/fact-checks/+" + published.claimId()}) {
            assertThat(api.get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(api.get("/api/v1/fact-checks/" + published.claimId()).status()).isEqualTo(200);
    }

    @Test
    void a_retracted_fact_check_keeps_its_page_with_the_notice_and_the_api_answers_gone() {
        Desk.Case retracted = desk.add(VerdictStatus.RETRACTED, "False");

        Http.Answer page = api.get("/fact-checks/" + retracted.claimId() + "/headline-" + retracted.marker());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Retracted", "Retraction note " + retracted.marker());
        assertThat(page.body()).as("a withdrawn verdict is no longer offered as a rating").doesNotContain("application/ld+json\">");

        Http.Answer api410 = api.get("/api/v1/fact-checks/" + retracted.claimId());
        assertThat(api410.status()).isEqualTo(410);
        assertThat(api410.contentType()).isEqualTo("application/problem+json");
        assertThat(api410.json().get("retraction_note").asString()).isEqualTo("Retraction note " + retracted.marker());
        assertThat(api.get("/api/v1/fact-checks/" + retracted.claimId() + "/claim-review").status()).isEqualTo(410);
    }

    @Test
    void an_unpublished_fact_check_has_no_page() {
        Desk.Case draft = desk.add(VerdictStatus.IN_REVIEW, "False");

        Http.Answer page = api.get("/fact-checks/" + draft.claimId());
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).doesNotContain(draft.marker());
    }

    @Test
    void the_claim_review_leaves_out_an_unknown_claimant_rather_than_naming_the_outlet() {
        JsonNode items = api.get("/api/v1/fact-checks?limit=100").json().get("items");
        JsonNode unknownClaimant = StreamSupport.stream(items.spliterator(), false)
                .filter(item -> item.get("claimant").isNull()).findFirst().orElseThrow();

        JsonNode review = api.get("/api/v1/fact-checks/" + unknownClaimant.get("id").asLong() + "/claim-review").json();
        assertThat(review.get("itemReviewed").has("author")).isFalse();
        assertThat(review.get("claimReviewed").asString()).isEqualTo(unknownClaimant.get("headline").asString()).hasSizeLessThanOrEqualTo(75);
    }

    @Test
    void the_home_page_lists_the_newest_and_filters_them_by_rating() {
        Desk.Case published = desk.publish("Unproven");

        assertThat(api.get("/").body()).contains("Headline " + published.marker());
        assertThat(api.get("/?rating=unproven").body()).contains("Headline " + published.marker());
        assertThat(api.get("/?rating=true").body()).doesNotContain("Headline " + published.marker());
        assertThat(api.get("/?rating=nonsense").status()).isEqualTo(400);
        assertThat(api.get("/entity/" + published.claimantId()).header("Location"))
                .isEqualTo("/entity/" + published.claimantId() + "/claimant-" + published.marker());
        assertThat(api.get("/entity/" + published.claimantId() + "/claimant-" + published.marker()).body())
                .contains("Headline " + published.marker());
        assertThat(api.get("/ratings").body()).contains("Misleading");
    }

    @Test
    void the_sitemap_lists_every_public_page_with_its_last_change_and_robots_txt_points_to_it() {
        Desk.Case published = desk.publish("Half true");
        Desk.Case retracted = desk.add(VerdictStatus.RETRACTED, "False");
        Desk.Case draft = desk.add(VerdictStatus.DRAFT, "False");

        Http.Answer sitemap = api.get("/sitemap.xml");
        assertThat(sitemap.status()).isEqualTo(200);
        assertThat(sitemap.contentType()).startsWith("application/xml");
        assertThat(sitemap.body()).contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">",
                "<loc>http://localhost:8080/fact-checks/" + published.claimId() + "/headline-" + published.marker() + "</loc><lastmod>",
                "<loc>http://localhost:8080/fact-checks/" + retracted.claimId() + "/headline-" + retracted.marker() + "</loc>",
                "<loc>http://localhost:8080/entity/" + published.claimantId() + "/claimant-" + published.marker() + "</loc>",
                "<loc>http://localhost:8080/corrections</loc>");
        assertThat(sitemap.body()).doesNotContain(draft.marker());
        assertThat(api.get("/robots.txt").body()).contains("Sitemap: http://localhost:8080/sitemap.xml");
    }

    @Test
    void the_atom_feed_lists_the_newest_with_their_pages() {
        Desk.Case published = desk.publish("Misleading");

        Http.Answer atom = api.get("/feed.atom");
        assertThat(atom.status()).isEqualTo(200);
        assertThat(atom.contentType()).startsWith("application/atom+xml");
        assertThat(atom.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">",
                "<title>Headline " + published.marker() + "</title>",
                "<link rel=\"alternate\" href=\"http://localhost:8080/fact-checks/" + published.claimId() + "/headline-"
                        + published.marker() + "\"/>",
                "<category term=\"Misleading\"/>");
    }

    @Test
    void the_home_page_is_the_root_and_its_inner_address_redirects_there() {
        assertThat(api.get("/?rating=false").status()).as("kept in the answer cache").isEqualTo(200);
        assertThat(api.get("/fact-checks?rating=false").status()).isEqualTo(301);
        assertThat(api.get("/fact-checks?rating=false").header("Location")).isEqualTo("/?rating=false");
        assertThat(api.get("/").contentType()).isEqualTo("text/html;charset=UTF-8");
    }

    @Test
    void a_list_answer_and_a_page_are_compressed_when_the_reader_accepts_gzip() throws Exception {
        byte[] plain = fetch("/api/v1/fact-checks?limit=100", false);
        byte[] compressed = fetch("/api/v1/fact-checks?limit=100", true);

        assertThat(compressed.length).isLessThanOrEqualTo(plain.length / 4);
        assertThat(gunzip(compressed)).isEqualTo(plain);
        assertThat(fetch("/", true).length).isLessThan(fetch("/", false).length / 2);
    }

    private byte[] fetch(String path, boolean gzip) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).isEqualTo(gzip ? java.util.Optional.of("gzip") : java.util.Optional.empty());
        return response.body();
    }

    private static byte[] gunzip(byte[] compressed) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }

    private static JsonNode embeddedClaimReview(String html) {
        Matcher script = CLAIM_REVIEW.matcher(html);
        assertThat(script.find()).as("the page embeds its ClaimReview").isTrue();
        return JsonMapper.builder().build().readTree(script.group(1));
    }
}
