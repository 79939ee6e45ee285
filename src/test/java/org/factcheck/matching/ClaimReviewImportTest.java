package org.factcheck.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factcheck.matching.ClaimReviewPosts.claimReview;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.factcheck.AppTest;
import org.factcheck.Desk;
import org.factcheck.account.AccountFixtures;
import org.factcheck.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Other desks' ClaimReview over HTTP: counts, refusals with reasons, nothing half stored, never a 500. */
@AppTest
class ClaimReviewImportTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    ClaimReviewPosts desk;
    String marker;

    @BeforeEach
    void connect() {
        desk = new ClaimReviewPosts(port);
        marker = UUID.randomUUID().toString().substring(0, 8);
    }

    private String url(String name) {
        return "https://factcheck.example/" + marker + "/" + name;
    }

    private long stored(String name) {
        return jdbc.sql("select count(*) from external_fact_check where url = :url").param("url", url(name))
                .query(Long.class).single();
    }

    @Test
    void an_array_is_imported_with_counts_and_each_malformed_item_is_refused_with_its_reason() {
        String body = "[" + String.join(",",
                claimReview(url("good"), "Vaccines contain microchips " + marker, "False", "Snopes"),
                "{\"@type\": \"ClaimReview\", \"url\": \"" + url("no-claim") + "\"}",
                claimReview(url("bad-date"), "A claim " + marker, "False", "Snopes").replace("2021-08-02", "2nd of August"),
                claimReview(url("out-of-bounds"), "A claim " + marker, "False", "Snopes").replace("\"ratingValue\": 1", "\"ratingValue\": 9"),
                claimReview("ftp://factcheck.example/" + marker, "A claim " + marker, "False", "Snopes"),
                "{\"@type\": \"Person\", \"name\": \"Not a review\"}") + "]";

        ClaimReviewPosts.Answer answer = desk.post("admin", AppTest.ADMIN_PASSWORD, body);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"added\":1", "\"updated\":0")
                .contains("\"item\":2", "no claimReviewed")
                .contains("\"item\":3", "datePublished is not an ISO 8601 date")
                .contains("\"item\":4", "ratingValue 9 is outside its bounds 1–5")
                .contains("\"item\":5", "not an http(s) address")
                .contains("\"item\":6", "not ClaimReview");
        assertThat(stored("good")).isEqualTo(1);
        assertThat(Arrays.asList(stored("no-claim"), stored("bad-date"), stored("out-of-bounds"))).containsOnly(0L);
        assertThat(jdbc.sql("select publisher_name || ' ' || publisher_site || ' ' || textual_rating || ' ' || review_date"
                + " || ' ' || claimant || ' ' || claim_date || ' ' || language from external_fact_check where url = :url")
                .param("url", url("good")).query(String.class).single())
                .isEqualTo("Snopes www.snopes.example False 2021-08-02 A claimant 2021-07-30 en");
    }

    @Test
    void the_same_url_again_updates_the_fact_check_in_place_and_a_graph_is_read_like_an_array() {
        desk.post("admin", AppTest.ADMIN_PASSWORD, claimReview(url("again"), "The moon is cheese " + marker, "False", "Snopes"));

        ClaimReviewPosts.Answer answer = desk.post("admin", AppTest.ADMIN_PASSWORD, "{\"@context\": \"https://schema.org\", \"@graph\": ["
                + claimReview(url("again"), "The moon is made of cheese " + marker, "Mostly false", "Snopes") + "]}");

        assertThat(answer.body()).contains("\"added\":0", "\"updated\":1", "\"refused\":[]");
        assertThat(jdbc.sql("select claim_reviewed || ' / ' || textual_rating from external_fact_check where url = :url")
                .param("url", url("again")).query(String.class).list())
                .containsExactly("The moon is made of cheese " + marker + " / Mostly false");
    }

    @Test
    void a_body_that_is_not_json_or_not_json_ld_is_a_problem_and_stores_nothing() {
        long before = jdbc.sql("select count(*) from external_fact_check").query(Long.class).single();

        ClaimReviewPosts.Answer notJson = desk.post("admin", AppTest.ADMIN_PASSWORD, "<html>ClaimReview</html>");
        ClaimReviewPosts.Answer notJsonLd = desk.post("admin", AppTest.ADMIN_PASSWORD, "{\"claimReviewed\": \"x\", \"url\": \"https://a.example/\"}");
        ClaimReviewPosts.Answer plainText = desk.post("admin", AppTest.ADMIN_PASSWORD, "text/plain", "hello".getBytes());

        assertThat(List.of(notJson.status(), notJsonLd.status(), plainText.status())).containsExactly(400, 400, 415);
        assertThat(notJson.contentType()).startsWith("application/problem+json");
        assertThat(notJson.body()).contains("not JSON");
        assertThat(notJsonLd.body()).contains("not JSON-LD");
        assertThat(plainText.contentType()).startsWith("application/problem+json");
        assertThat(jdbc.sql("select count(*) from external_fact_check").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void a_50_megabyte_body_is_refused_as_too_large() {
        byte[] huge = new byte[50 * 1024 * 1024];
        Arrays.fill(huge, (byte) ' ');
        huge[0] = '[';
        huge[huge.length - 1] = ']';

        ClaimReviewPosts.Answer answer = desk.post("admin", AppTest.ADMIN_PASSWORD, "application/ld+json", huge);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("larger than 20 MB");
    }

    @Test
    void a_reviewer_may_not_import_and_is_told_so_as_a_problem() {
        String reviewer = new Desk(app).account(Role.REVIEWER);

        ClaimReviewPosts.Answer answer = desk.post(reviewer, AccountFixtures.PASSWORD,
                claimReview(url("by-reviewer"), "A claim " + marker, "False", "Snopes"));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(stored("by-reviewer")).isZero();
    }
}
