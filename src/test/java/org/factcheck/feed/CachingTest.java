package org.factcheck.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import org.factcheck.Desk;
import org.factcheck.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** ETag, Last-Modified, 304 and Cache-Control on every endpoint, and CORS for readers in browsers. */
class CachingTest extends ApiTest {

    /** Every endpoint; {fact-check} and {entity} stand for a published fact-check and one of its entities. */
    private static final String[] ENDPOINTS = {
            "/api/v1/fact-checks", "/api/v1/fact-checks?rating=true&limit=3", "/api/v1/fact-checks/{fact-check}",
            "/api/v1/fact-checks/{fact-check}/claim-review", "/api/v1/claim-reviews", "/api/v1/feed.json",
            "/api/v1/entities", "/api/v1/entities/{entity}"};

    static Stream<String> endpoints() {
        return Stream.of(ENDPOINTS);
    }

    @Autowired
    JdbcClient jdbc;

    Desk.Case published;

    @BeforeEach
    void publish() {
        published = desk.publish("True");
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void every_answer_has_an_etag_a_last_modified_date_and_may_be_cached_publicly_for_a_minute(String endpoint) {
        Http.Answer answer = api.get(path(endpoint));

        assertThat(answer.status()).isEqualTo(200);
        // Weak: the gzipped answer is the same content, and Tomcat compresses nothing with a strong one.
        assertThat(answer.header("ETag")).matches("W/\"[A-Za-z0-9_-]{43}\"");
        assertThat(ZonedDateTime.parse(answer.header("Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME)).isNotNull();
        assertThat(answer.header("Cache-Control")).isEqualTo("public, max-age=60");
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void a_reader_whose_copy_is_current_gets_304_without_a_body_by_etag_or_by_date(String endpoint) {
        Http.Answer first = api.get(path(endpoint));

        Http.Answer byEtag = api.get(path(endpoint), "If-None-Match", first.header("ETag"));
        Http.Answer byDate = api.get(path(endpoint), "If-Modified-Since", first.header("Last-Modified"));

        for (Http.Answer notModified : new Http.Answer[] {byEtag, byDate}) {
            assertThat(notModified.status()).isEqualTo(304);
            assertThat(notModified.body()).isEmpty();
            assertThat(notModified.header("ETag")).isEqualTo(first.header("ETag"));
            assertThat(notModified.header("Cache-Control")).isEqualTo("public, max-age=60");
        }
    }

    @Test
    void an_etag_that_no_longer_matches_wins_over_a_current_date() {
        Http.Answer first = api.get("/api/v1/fact-checks");

        Http.Answer answer = api.get("/api/v1/fact-checks", "If-None-Match", "\"an-old-version\"",
                "If-Modified-Since", first.header("Last-Modified"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(first.body());
    }

    @Test
    void publishing_and_retracting_change_the_etag_of_the_list_and_never_move_last_modified_back() {
        Http.Answer before = api.get("/api/v1/fact-checks");

        Desk.Case another = desk.publish("False");
        Http.Answer afterPublishing = api.get("/api/v1/fact-checks", "If-None-Match", before.header("ETag"));
        jdbc.sql("update verdict set status = 'RETRACTED', retracted_at = now(), retraction_note = 'Retracted for the test.', "
                + "updated_at = now() where claim_id = ?").param(another.claimId()).update();
        Http.Answer afterRetracting = api.get("/api/v1/fact-checks", "If-None-Match", afterPublishing.header("ETag"));

        assertThat(afterPublishing.status()).isEqualTo(200);
        assertThat(afterRetracting.status()).isEqualTo(200);
        assertThat(afterRetracting.header("ETag")).isNotEqualTo(afterPublishing.header("ETag"));
        assertThat(date(afterRetracting)).isAfterOrEqualTo(date(afterPublishing)).isAfterOrEqualTo(date(before));
    }

    @Test
    void an_answer_kept_in_memory_gives_way_to_any_change_written_to_what_it_shows() {
        String path = path("/api/v1/fact-checks/{fact-check}");
        Http.Answer first = api.get(path);
        Http.Answer again = api.get(path);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));

        // Written past the app's services, as another instance or a script would: the counter (V90) still moves.
        jdbc.sql("update entity set name = 'Renamed claimant " + published.marker() + "' where id = ?")
                .param(published.claimantId()).update();
        Http.Answer afterRenaming = api.get(path, "If-None-Match", first.header("ETag"));

        assertThat(afterRenaming.status()).isEqualTo(200);
        assertThat(afterRenaming.body()).contains("Renamed claimant " + published.marker());
        assertThat(api.get(path, "If-None-Match", afterRenaming.header("ETag")).status()).isEqualTo(304);
    }

    @Test
    void a_page_may_be_read_from_any_origin_with_its_caching_and_paging_headers() {
        Http.Answer answer = api.get("/api/v1/claim-reviews", "Origin", "https://newsroom.example");

        assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(answer.header("Access-Control-Expose-Headers")).contains("ETag", "Last-Modified", "Retry-After", "Link");
    }

    @Test
    void a_preflight_allows_reading_from_any_origin_and_nothing_else() {
        Http.Answer get = api.send("OPTIONS", "/api/v1/fact-checks", "Origin", "https://newsroom.example",
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "If-None-Match");
        Http.Answer delete = api.send("OPTIONS", "/api/v1/fact-checks", "Origin", "https://newsroom.example",
                "Access-Control-Request-Method", "DELETE");

        assertThat(get.status()).isEqualTo(200);
        assertThat(get.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(get.header("Access-Control-Allow-Methods")).contains("GET");
        assertThat(delete.status()).isEqualTo(403);
    }

    private String path(String endpoint) {
        return endpoint.replace("{fact-check}", Long.toString(published.claimId()))
                .replace("{entity}", Long.toString(published.claimantId()));
    }

    private static ZonedDateTime date(Http.Answer answer) {
        return ZonedDateTime.parse(answer.header("Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME);
    }
}
