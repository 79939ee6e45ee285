package org.factcheck.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.factcheck.Desk;
import org.factcheck.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The ClaimReview JSON-LD of every published fact-check has the properties Google's fact-check
 * markup requires and recommends (https://developers.google.com/search/docs/appearance/structured-data/factcheck).
 */
class ClaimReviewTest extends ApiTest {

    /** ISO 8601 at the precision known: a year, a month or a day. */
    private static final String PARTIAL_DATE = "\\d{4}(-\\d{2}(-\\d{2})?)?";


    @Test
    void every_claim_review_has_the_required_and_recommended_properties() {
        desk.publish("Unproven");
        List<JsonNode> reviews = new ArrayList<>();

        List<Http.Answer> pages = api.walk(ClaimReviewController.PATH + "?limit=17", Http::nextLink);

        pages.forEach(page -> {
            assertThat(page.contentType()).isEqualTo("application/ld+json");
            assertThat(page.json().isArray()).isTrue();
            page.json().forEach(reviews::add);
        });
        assertThat(reviews).hasSizeGreaterThanOrEqualTo(55).allSatisfy(ClaimReviewTest::hasGooglesProperties);
        assertThat(reviews).extracting(review -> review.get("url").asString()).doesNotHaveDuplicates();
    }

    @Test
    void a_fact_checks_own_claim_review_is_the_one_in_the_list() {
        JsonNode newest = api.get(ClaimReviewController.PATH + "?limit=1").json().get(0);
        String url = newest.get("url").asString();

        Http.Answer own = api.get("/api/v1/fact-checks/" + newest.get("@id").asString().replaceAll(".*/fact-checks/(\\d+)/.*", "$1")
                + "/claim-review");

        assertThat(own.contentType()).isEqualTo("application/ld+json");
        assertThat(own.json()).isEqualTo(newest);
    }

    @Test
    void the_claimant_is_the_author_of_the_claim() {
        Desk.Case published = desk.publish("False");

        JsonNode claim = api.get("/api/v1/fact-checks/" + published.claimId() + "/claim-review").json().get("itemReviewed");

        assertThat(claim.get("author").get("@type").asString()).isEqualTo("Person");
        assertThat(claim.get("author").get("name").asString()).isEqualTo("Claimant " + published.marker());
        assertThat(claim.get("datePublished").asString()).isEqualTo("2021-08-04");
    }

    @Test
    void without_a_claimant_the_claim_has_no_author_and_the_first_appearance_tells_when() {
        Desk.Case anonymous = desk.publishWithoutClaimant("False");
        JsonNode factCheck = api.get("/api/v1/fact-checks/" + anonymous.claimId()).json();
        assertThat(factCheck.get("claimant").isNull() && factCheck.get("claim_date").isNull()).as(factCheck.toString()).isTrue();

        JsonNode claim = api.get("/api/v1/fact-checks/" + anonymous.claimId() + "/claim-review").json().get("itemReviewed");

        assertThat(claim.has("author")).as("an outlet that reported the claim is not who made it").isFalse();
        assertThat(claim.get("firstAppearance").get("publisher").get("@type").asString()).isEqualTo("Organization");
        assertThat(claim.get("datePublished")).isEqualTo(claim.get("firstAppearance").get("datePublished"));
    }

    private static void hasGooglesProperties(JsonNode review) {
        assertThat(review.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(review.get("@type").asString()).isEqualTo("ClaimReview");
        assertThat(review.get("url").asString()).startsWith("http://localhost:8080/fact-checks/");
        assertThat(review.get("claimReviewed").asString()).isNotBlank();
        assertThat(OffsetDateTime.parse(review.get("datePublished").asString())).isNotNull();
        assertThat(review.get("author").get("@type").asString()).isEqualTo("Organization");
        assertThat(review.get("author").get("name").asString()).isEqualTo("Fact-check desk");

        JsonNode rating = review.get("reviewRating");
        assertThat(rating.get("@type").asString()).isEqualTo("Rating");
        assertThat(rating.get("alternateName").asString()).isNotBlank();
        assertThat(rating.get("bestRating").asInt()).isGreaterThan(rating.get("worstRating").asInt());
        assertThat(rating.get("ratingValue").asInt())
                .isBetween(rating.get("worstRating").asInt(), rating.get("bestRating").asInt());

        JsonNode claim = review.get("itemReviewed");
        assertThat(claim.get("@type").asString()).isEqualTo("Claim");
        // Its author only when the desk knows who made the claim.
        if (claim.has("author")) {
            assertThat(claim.get("author").get("@type").asString()).isIn("Person", "Organization");
            assertThat(claim.get("author").get("name").asString()).isNotBlank();
        }
        assertThat(claim.get("datePublished").asString()).matches(PARTIAL_DATE);
        assertThat(claim.get("appearance").isArray()).isTrue();
        assertThat(claim.get("appearance")).isNotEmpty().allSatisfy(appearance -> {
            assertThat(appearance.get("@type").asString()).isEqualTo("CreativeWork");
            assertThat(appearance.get("headline").asString()).isNotBlank();
            assertThat(appearance.get("datePublished").asString()).matches(PARTIAL_DATE);
            assertThat(appearance.get("publisher").get("@type").asString()).isEqualTo("Organization");
            assertThat(appearance.get("publisher").get("name").asString()).isNotBlank();
        });
        JsonNode earliest = claim.get("appearance").valueStream()
                .min(Comparator.comparing(appearance -> appearance.get("datePublished").asString())).orElseThrow();
        assertThat(claim.get("firstAppearance")).isEqualTo(earliest);
    }
}
