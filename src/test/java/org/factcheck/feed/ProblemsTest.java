package org.factcheck.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.factcheck.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Every way a request can be wrong answers an RFC 9457 problem that says what is wrong; none makes the server fail. */
class ProblemsTest extends ApiTest {

    /** The parameters each endpoint takes, for the test that throws junk at all of them. */
    private static final Map<String, List<String>> PARAMETERS = Map.of(
            "/api/v1/fact-checks", List.of("limit", "cursor", "rating", "entity", "source", "updated_since", "q"),
            "/api/v1/feed.json", List.of("limit", "cursor"),
            "/api/v1/claim-reviews", List.of("limit", "cursor"),
            "/api/v1/entities", List.of("limit", "cursor"));

    private static final List<String> JUNK = List.of("", "%20", "'", "%22", "%00", "-1", "0", "101",
            "9223372036854775807", "9223372036854775808", "1e3", "0x10", "null", "true", "%E2%80%AE", "%F0%9F%98%80",
            "%25", "_", "%5C", "..%2F..", "2026-02-30", "0000-01-01", "-999999999-01-01T00:00:00Z", "%2B1",
            // cursors of one key, of the extreme times, of year 10000, and of time zero
            "MA", "LTkyMjMzNzIwMzY4NTQ3NzU4MDguMQ", "OTIyMzM3MjAzNjg1NDc3NTgwNy45MjIzMzcyMDM2ODU0Nzc1ODA3",
            "MjUzNDAyMzAwODAwMDAwMDAwLjE", "MC4w",
            "x".repeat(3000));


    @ParameterizedTest(name = "{0} names {1}")
    @CsvSource({
            "/api/v1/fact-checks?limit=0,                                     limit",
            "/api/v1/fact-checks?limit=101,                                   limit",
            "/api/v1/fact-checks?limit=many,                                  limit",
            "/api/v1/fact-checks?cursor=not-a-cursor,                         cursor",
            "/api/v1/fact-checks?cursor=MTIz,                                 cursor",
            "/api/v1/fact-checks?cursor=,                                     cursor",
            "/api/v1/fact-checks?rating=sort%20of%20true,                     rating",
            "/api/v1/fact-checks?entity=iraq,                                 entity",
            "/api/v1/fact-checks?entity=999999999,                            entity",
            "/api/v1/fact-checks?source=the-first,                            source",
            "/api/v1/fact-checks?source=999999999,                            source",
            "/api/v1/fact-checks?updated_since=yesterday,                     updated_since",
            "/api/v1/fact-checks?updated_since=2026-13-01,                    updated_since",
            "/api/v1/fact-checks?updated_since=2026-11-21T09:30:00,           updated_since",
            "/api/v1/fact-checks?updated_since=2026-11-21T09:30:00+01:00,     updated_since",
            "/api/v1/fact-checks?q=%20,                                       q",
            "/api/v1/fact-checks?sort=newest,                                 sort",
            "/api/v1/feed.json?limit=1000,                                    limit",
            "/api/v1/feed.json?rating=false,                                  rating",
            "/api/v1/claim-reviews?cursor=abc,                                cursor",
            "/api/v1/entities?limit=-1,                                       limit",
            "/api/v1/entities?cursor=MTc5NTIzOTM2MDYzNjIwNS42OQ,              cursor",
            "/api/v1/fact-checks/1?fields=all,                                fields"})
    void a_bad_parameter_is_a_400_problem_that_names_it(String request, String parameter) {
        Http.Answer answer = api.get(request);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
        assertThat(problem.get("detail").asString()).contains(parameter);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/nothing-here", "/api/v1/nothing-here?limit=5", "/api/v2/fact-checks",
            "/api/v1/fact-checks/abc", "/api/v1/fact-checks/1/claim-reviews", "/api/v1/entities/abc", "/api/v1/fact-checks/"})
    void an_address_that_names_nothing_is_a_404_problem_not_the_login_page(String request) {
        Http.Answer answer = api.get(request);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
    void the_api_only_reads(String method) {
        Http.Answer answer = api.send(method, "/api/v1/fact-checks");

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.header("Allow")).isEqualTo("GET, HEAD");
    }

    @Test
    void no_value_of_any_parameter_makes_the_server_fail() {
        PARAMETERS.forEach((endpoint, parameters) -> parameters.forEach(parameter -> JUNK.forEach(value -> {
            Http.Answer answer = api.get(endpoint + "?" + parameter + "=" + value);
            assertThat(answer.status()).as("%s?%s=%s", endpoint, parameter, value).isIn(200, 400);
            if (answer.status() == 400) {
                assertThat(answer.contentType()).isEqualTo("application/problem+json");
            }
        })));
        JUNK.forEach(value -> {
            Http.Answer answer = api.get("/api/v1/fact-checks/" + value);
            assertThat(answer.status()).as("/api/v1/fact-checks/%s", value).isLessThan(500);
        });
    }
}
