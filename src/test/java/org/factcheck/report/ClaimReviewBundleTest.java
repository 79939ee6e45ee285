package org.factcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.factcheck.Desk;
import org.factcheck.Http;
import org.factcheck.account.AccountFixtures;
import org.factcheck.account.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ClaimReviewBundleTest extends ReportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();


    @Test
    void the_bundle_carries_the_properties_claim_review_requires() {
        Desk.Case fact = desk.publish("Bundled claim " + Desk.newMarker(), "Bundled Claimant", "the quote", "False");

        Http.Answer answer = reports.getAs(editor, AccountFixtures.PASSWORD, "/reports/fact-checks.jsonld?source=" + fact.sourceId());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/ld+json");
        JsonNode bundle = JSON.readTree(answer.body());
        assertThat(bundle.isArray()).isTrue();
        assertThat(bundle.size()).isEqualTo(1);
        JsonNode review = bundle.get(0);
        assertThat(review.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(review.get("@type").asString()).isEqualTo("ClaimReview");
        assertThat(review.get("url").asString()).contains("/fact-checks/" + fact.claimId() + "/");
        assertThat(review.get("claimReviewed").asString()).isEqualTo(Desk.headline(fact.claimText()));
        assertThat(review.get("datePublished").asString()).isNotBlank();
        assertThat(review.get("author").get("name").asString()).isNotBlank();
        assertThat(review.get("reviewRating").get("@type").asString()).isEqualTo("Rating");
        assertThat(review.get("reviewRating").get("alternateName").asString()).isEqualTo("False");
        assertThat(review.get("reviewRating").has("ratingValue")).isTrue();
        assertThat(review.get("itemReviewed").get("@type").asString()).isEqualTo("Claim");
        assertThat(review.get("itemReviewed").get("author").get("name").asString()).isEqualTo("Bundled Claimant");
        assertThat(review.get("itemReviewed").get("appearance").get(0).get("url").asString()).startsWith("https://news.example/");
    }

    @Test
    void the_bundle_has_the_same_shape_as_the_public_feeds_claim_review() {
        Desk.Case fact = desk.publish("Same shape " + Desk.newMarker(), "Someone", "the quote", "True");

        JsonNode bundled = JSON.readTree(reports.getAs(editor, AccountFixtures.PASSWORD,
                "/reports/fact-checks.jsonld?source=" + fact.sourceId()).body()).get(0);
        JsonNode published = JSON.readTree(reports.get("/api/v1/fact-checks/" + fact.claimId() + "/claim-review").body());

        assertThat(bundled).isEqualTo(published);
    }

    @Test
    void an_empty_selection_is_an_empty_array() {
        Http.Answer answer = reports.getAs(editor, AccountFixtures.PASSWORD,
                "/reports/fact-checks.jsonld?from=1900-01-01&to=1900-01-02");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("[]");
    }

    @Test
    void reviewers_and_strangers_may_not_export() {
        String reviewer = desk.account(Role.REVIEWER);

        assertThat(reports.get("/reports/fact-checks.jsonld").status()).isEqualTo(401);
        assertThat(reports.getAs(reviewer, AccountFixtures.PASSWORD, "/reports/fact-checks.jsonld").status()).isEqualTo(403);
    }
}
