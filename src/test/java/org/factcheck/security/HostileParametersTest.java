package org.factcheck.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.factcheck.Http;
import org.factcheck.AppTest;
import org.factcheck.Colleague;
import org.factcheck.account.AccountFixtures;
import org.factcheck.account.ReviewerService;
import org.factcheck.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every parameter of the public API and of the reports, with SQL meta-characters, 100 KB values,
 * wrong types, extreme numbers, broken percent-encodings and repeats: answered, or refused with a
 * 4xx (a problem+json one from the API), never a 500. (The API's own cases: feed.ProblemsTest.) Malformed
 * percent-escapes (%zz) are not here: Java's HTTP client refuses to send them.
 */
@AppTest
class HostileParametersTest {

    private static final Map<String, List<String>> PARAMETERS = Map.of(
            "/api/v1/fact-checks", List.of("limit", "cursor", "rating", "entity", "source", "updated_since", "q"),
            "/api/v1/feed.json", List.of("limit", "cursor"),
            "/api/v1/claim-reviews", List.of("limit", "cursor"),
            "/api/v1/entities", List.of("limit", "cursor"),
            "/reports/fact-checks.csv", List.of("status", "rating", "entity", "source", "from", "to", "rows", "bom",
                    "text", "checkWorthiness", "claim"),
            "/reports/fact-checks.jsonld", List.of("status", "rating", "entity", "source", "from", "to", "text",
                    "checkWorthiness", "claim"),
            "/reports/fact-checks.pdf", List.of("status", "rating", "entity", "source", "from", "to", "text",
                    "checkWorthiness", "claim"));

    private static final List<String> HOSTILE = List.of(
            "%27", "%25", "_", "%5C", "%3B--", "%27%20OR%201%3D1--", "1%27%3B%20DROP%20TABLE%20claim%3B--", "%22%3E%3Cscript%3E",
            "-1", "0", "99999999999999999999999", "-9223372036854775808", "NaN", "1.5", "%00",
            "%C3%28", "%FF%FE", "%E0%80%80", "%ED%A0%80", "x".repeat(100 * 1024));

    /** A longer request line Tomcat itself refuses, with a plain 400, before the app sees it. */
    private static final int TOMCAT_REQUEST_HEADER_LIMIT = 8 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    ReviewerService reviewers;

    @Test
    void no_hostile_value_of_any_parameter_makes_the_server_fail() {
        Http http = new Http(port);
        String editor = Colleague.as("admin", () -> AccountFixtures.account(reviewers, Role.EDITOR).getUsername());
        Map<String, String> failures = new TreeMap<>();
        PARAMETERS.forEach((endpoint, parameters) -> parameters.forEach(parameter -> {
            for (String value : HOSTILE) {
                check(http, editor, endpoint + "?" + parameter + "=" + value, failures);
            }
            check(http, editor, endpoint + "?" + parameter + "=1&" + parameter + "=2", failures);
        }));
        assertThat(failures).isEmpty();
    }

    @Test
    void a_wildcard_in_the_search_text_is_taken_literally() {
        Http http = new Http(port);
        String all = http.get("/api/v1/fact-checks?limit=100").body();
        assertThat(all).contains("\"id\"");

        for (String wildcard : List.of("%25", "_", "%25%25", "%27%20OR%201%3D1--")) {
            Http.Answer answer = http.get("/api/v1/fact-checks?limit=100&q=" + wildcard);
            assertThat(answer.status()).as(wildcard).isEqualTo(200);
            assertThat(answer.body()).as(wildcard).contains("\"items\":[]");
        }
    }

    private static void check(Http http, String editor, String request, Map<String, String> failures) {
        Http.Answer answer = request.startsWith("/reports")
                ? http.sendAs("GET", request, editor, AccountFixtures.PASSWORD)
                : http.get(request);
        String shortRequest = request.length() > 120 ? request.substring(0, 120) + "…" : request;
        if (answer.status() >= 500) {
            failures.put(shortRequest, answer.status() + " " + answer.body());
        } else if (request.startsWith("/api") && answer.status() >= 400 && request.length() <= TOMCAT_REQUEST_HEADER_LIMIT
                && !String.valueOf(answer.header("Content-Type")).startsWith("application/problem+json")) {
            failures.put(shortRequest, answer.status() + " is not a problem: " + answer.header("Content-Type"));
        }
    }
}
