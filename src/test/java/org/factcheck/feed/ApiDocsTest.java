package org.factcheck.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.factcheck.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAPI 3 description and Swagger UI: public, and about the public API only. */
class ApiDocsTest extends ApiTest {


    @Test
    void the_openapi_description_covers_the_public_api_and_nothing_else() {
        Http.Answer answer = api.get("/v3/api-docs");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode docs = answer.json();
        assertThat(docs.get("openapi").asString()).startsWith("3.");
        assertThat(docs.get("paths").propertyNames()).containsExactlyInAnyOrder("/api/v1/fact-checks", "/api/v1/fact-checks/{id}",
                "/api/v1/fact-checks/{id}/claim-review", "/api/v1/claim-reviews", "/api/v1/feed.json", "/api/v1/entities",
                "/api/v1/entities/{id}", "/api/v1/changes", "/api/v1/claims:search");
        JsonNode list = docs.get("paths").get("/api/v1/fact-checks").get("get");
        assertThat(list.get("parameters")).extracting(parameter -> parameter.get("name").asString())
                .containsExactlyInAnyOrder("limit", "cursor", "rating", "entity", "source", "updated_since", "q");
        assertThat(list.get("parameters")).allSatisfy(parameter -> assertThat(parameter.get("description").asString()).isNotBlank());
        assertThat(list.get("responses").propertyNames()).contains("200", "304", "400", "429");
        assertThat(docs.get("components").get("schemas").get("FactCheck").get("properties").propertyNames())
                .contains("claim_text", "claim_date", "published_at", "corrections");
        assertThat(docs.get("paths").get("/api/v1/feed.json").get("get").get("responses").get("200").get("content")
                .propertyNames()).containsExactly("application/feed+json");
    }

    @Test
    void swagger_ui_is_open_to_anyone_and_not_taken_over_by_the_reviewers_ui() {
        Http.Answer entry = api.get("/swagger-ui.html");
        Http.Answer page = api.get("/swagger-ui/index.html");

        assertThat(entry.status()).isEqualTo(302);
        assertThat(entry.header("Location")).endsWith("/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("swagger-ui");
    }
}
