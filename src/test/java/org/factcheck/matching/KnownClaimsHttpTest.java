package org.factcheck.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factcheck.matching.Eventually.waitUntil;

import tools.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.factcheck.AppTest;
import org.factcheck.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Checked already?" for the desk's scripts, over real HTTP with HTTP Basic: a sentence checked as the Check a
 * claim box checks it, and a claim's "Same claim elsewhere" as its page shows it, rejected pairs left out.
 */
@AppTest
class KnownClaimsHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private long claimBySql(String text) {
        return ClaimsBySql.insert(jdbc, text);
    }

    private boolean embedded(long... claimIds) {
        return ClaimsBySql.embedded(jdbc, claimIds);
    }

    private Http.Answer get(String path) {
        return new Http(port).getAs("admin", AppTest.ADMIN_PASSWORD, path);
    }

    private static List<Long> ids(JsonNode knownClaims) {
        List<Long> ids = new ArrayList<>();
        knownClaims.forEach(known -> ids.add(known.get("id").asLong()));
        return ids;
    }

    private static JsonNode withId(JsonNode knownClaims, long id) {
        for (JsonNode known : knownClaims) {
            if (known.get("id").asLong() == id) {
                return known;
            }
        }
        throw new AssertionError("no known claim " + id + " in " + knownClaims);
    }

    @Test
    void a_claims_same_claim_elsewhere_names_rewordings_and_other_figures_and_leaves_out_a_rejected_pair() {
        String marker = "zh" + UUID.randomUUID().toString().substring(0, 6);
        long claim = claimBySql("The " + marker + " dam on the Tigris holds back 11 billion cubic metres of water");
        long reworded = claimBySql("Behind the " + marker + " dam on the Tigris are 11 billion cubic metres of water");
        long otherFigure = claimBySql("The " + marker + " dam on the Tigris holds back 8 billion cubic metres of water");
        long rejected = claimBySql("The " + marker + " dam on the river Tigris holds 11 billion cubic metres of water back");
        waitUntil("embedded in the background", () -> embedded(claim, reworded, otherFigure, rejected));
        jdbc.sql("insert into claim_pair_rejected (claim_id, other_claim_id, rejected_by) values (:one, :other, 'rana')")
                .param("one", Math.min(claim, rejected)).param("other", Math.max(claim, rejected)).update();

        Http.Answer answer = get("/desk/v1/claims/" + claim + "/same-claim");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode suggestions = answer.json().get("suggestions");
        assertThat(ids(suggestions)).contains(reworded, otherFigure).doesNotContain(claim, rejected);
        assertThat(withId(suggestions, reworded).get("kind").asString()).isEqualTo("claim");
        assertThat(withId(suggestions, reworded).get("sameFacts").asBoolean()).isTrue();
        assertThat(withId(suggestions, reworded).get("standing").asString()).isNotBlank();
        assertThat(withId(suggestions, otherFigure).get("sameFacts").asBoolean()).isFalse();
        assertThat(withId(suggestions, otherFigure).get("difference").asString()).isEqualTo("similar wording, different numbers");
        assertThat(answer.json().get("cluster")).isEmpty();
    }

    @Test
    void a_sentence_is_checked_against_every_known_claim() {
        String marker = "zk" + UUID.randomUUID().toString().substring(0, 6);
        long claim = claimBySql("The " + marker + " bridge in Mosul reopened to traffic in March 2021");
        waitUntil("embedded in the background", () -> embedded(claim));

        Http.Answer answer = get("/desk/v1/known-claims?sentence="
                + URLEncoder.encode("Traffic is crossing the " + marker + " bridge in Mosul again since March 2021", StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(ids(answer.json().get("knownClaims"))).first().isEqualTo(claim);
        assertThat(answer.json().get("sentence").asString()).startsWith("Traffic is crossing");
    }

    @Test
    void a_missing_empty_or_overlong_sentence_and_an_unknown_claim_are_problems_naming_what_is_wrong() {
        for (String query : List.of("", "?sentence=", "?sentence=%20%20", "?sentence=" + "x".repeat(10_000))) {
            Http.Answer answer = get("/desk/v1/known-claims" + query);

            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().get("parameter").asString()).isEqualTo("sentence");
            assertThat(answer.json().get("detail").asString()).matches("Enter the sentence to check\\.|.*at most 1000 characters, not 10000\\.");
        }

        Http.Answer unknown = get("/desk/v1/claims/999999999/same-claim");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("detail").asString()).isEqualTo("No claim has the id 999999999.");
    }
}
