package org.factcheck.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Every error under /api and /desk is application/problem+json whose type resolves to a page describing
 * it, including addresses the firewall refuses before any controller sees them.
 */
class ProblemTypesTest extends ApiTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/fact-checks/999999999", "/api/v1/nothing-here", "/api/v1/fact-checks?limit=0",
            "/api/v1/fact-checks//69", "/api/v1/fact-checks;x=1", "/api/v1/%2e%2e/fact-checks", "/desk/v1/anything"})
    void an_error_is_a_problem_whose_type_is_a_page_describing_it(String path) {
        FeedClient.Answer answer = api.get(path);

        assertThat(answer.status()).as(path).isBetween(400, 499);
        assertThat(answer.contentType()).as(path).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("status").asInt()).isEqualTo(answer.status());
        String type = problem.get("type").asString();
        assertThat(type).as(path).matches("http://localhost:8080/problems/[a-z-]+");
        FeedClient.Answer page = api.get(URI.create(type).getPath());
        assertThat(page.status()).as(type).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("HTTP status " + answer.status());
    }

    /** TRACE got Tomcat's own empty 405: now a problem like the rest, and nothing is echoed back. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/fact-checks", "/desk/v1/imports", "/login", "/fact-checks"})
    void trace_is_refused_with_a_problem(String path) {
        FeedClient.Answer answer = api.send("TRACE", path, "X-Secret-Header", "echo me");

        assertThat(answer.status()).as(path).isEqualTo(405);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).isEqualTo("http://localhost:8080/problems/method-not-allowed");
        assertThat(answer.header("Allow")).isEqualTo(path.startsWith("/api/") ? "GET, HEAD" : "GET, HEAD, POST");
        assertThat(answer.body()).doesNotContain("echo me");
    }

    @Test
    void an_unknown_problem_type_has_no_page() {
        assertThat(api.get("/problems/no-such-problem").status()).isEqualTo(404);
    }

    @Test
    void a_missing_public_page_is_a_page_not_json() {
        FeedClient.Answer answer = api.get("/fact-checks/999999999");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.body()).contains("Not found");
    }
}
