package org.factcheck.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.factcheck.Http;
import org.factcheck.SeparateApplications;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The rate limit over HTTP, in an app of its own with a tiny limit, so that the tests sharing the
 * seeded app are never refused. No seed: being refused needs no data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "factcheck.api.rate-limit.requests-per-minute=1", "factcheck.api.rate-limit.burst=3", "factcheck.seed.enabled=false"})
@ActiveProfiles("test")
@ExtendWith(SeparateApplications.class)
class RateLimitTest {

    @LocalServerPort
    int port;

    @Test
    void a_client_over_its_limit_is_told_to_retry_later_with_a_429_problem() {
        Http api = new Http(port);
        for (int i = 0; i < 3; i++) {
            assertThat(api.get("/api/v1/entities").status()).isEqualTo(200);
        }

        Http.Answer refused = api.get("/api/v1/fact-checks", "Origin", "https://newsroom.example");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(refused.json().get("status").asInt()).isEqualTo(429);
        assertThat(refused.header("Access-Control-Allow-Origin")).as("a page in a browser may read the refusal").isEqualTo("*");
    }
}
