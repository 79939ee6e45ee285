package org.factcheck.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factcheck.Http;
import org.factcheck.AppTest;
import org.factcheck.account.AccountFixtures;
import org.factcheck.account.ReviewerService;
import org.factcheck.account.Role;
import org.factcheck.Colleague;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every kind of answer (UI pages, API, reports, errors, docs) carries the security headers. */
@AppTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Autowired
    ReviewerService reviewers;

    @Test
    void every_kind_of_answer_carries_the_security_headers() {
        Http http = new Http(port);
        String editor = Colleague.as("admin", () -> AccountFixtures.account(reviewers, Role.EDITOR).getUsername());
        List<Http.Answer> answers = List.of(
                http.get("/login"),
                http.get("/"),
                http.get("/claims"),
                http.get("/no-such-page"),
                http.get("/api/v1/fact-checks"),
                http.get("/api/v1/fact-checks/999999999"),
                http.get("/api/v1/no-such-thing"),
                http.get("/api/v1/fact-checks?limit=oops"),
                http.get("/v3/api-docs"),
                http.get("/swagger-ui/index.html"),
                http.get("/actuator/health"),
                http.get("/reports/fact-checks.csv"),
                http.sendAs("GET", "/reports/fact-checks.csv?source=1", editor, AccountFixtures.PASSWORD),
                http.sendAs("GET", "/reports/fact-checks.csv?from=yesterday", editor, AccountFixtures.PASSWORD));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.header("Content-Security-Policy")).as("the headers of a %s: %s", answer.status(), answer.headers().map())
                    .contains("frame-ancestors 'none'", "default-src 'self'", "object-src 'none'");
            assertThat(answer.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
            assertThat(answer.headers().allValues("X-Frame-Options")).containsExactly("DENY");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        });
        assertThat(answers).extracting(Http.Answer::status).as("the answers tried")
                .contains(200, 302, 400, 401, 404);
    }
}
