package org.factcheck.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.factcheck.AppTest;
import org.factcheck.SeparateApplications;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The sign-in budgets over HTTP, in an app of its own behind a (pretend) TLS proxy: a tiny per-address
 * budget (the shared test app's is 1,000,000, since every test signs in from 127.0.0.1) and forwarded
 * headers, so each test's client can be another address. Also F-15: behind TLS the session cookie is
 * Secure and answers carry HSTS with one setting; the cookie is SameSite=Lax everywhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "factcheck.sign-in.failures-per-address=3", "server.forward-headers-strategy=native", "factcheck.seed.enabled=false"})
@ActiveProfiles("test")
@ExtendWith(SeparateApplications.class)
class SignInBudgetsOverHttpTest {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void an_address_spending_its_budget_is_refused_but_not_a_colleague_who_signed_in_there_before() throws Exception {
        String proxy = "203.0.113.7";
        assertThat(export(proxy, "admin", AppTest.ADMIN_PASSWORD).statusCode()).as("the admin, known here from now on").isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            assertThat(export(proxy, "guess-" + i, "wrong password").statusCode()).isEqualTo(401);
        }

        HttpResponse<String> refused = export(proxy, "another-guess", "wrong password");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(refused.body()).contains("Too many failed sign-ins");
        assertThat(export("203.0.113.8", "another-guess", "wrong password").statusCode()).as("another address").isEqualTo(401);
        assertThat(export(proxy, "admin", AppTest.ADMIN_PASSWORD).statusCode()).as("the admin at its known address")
                .isEqualTo(200);
    }

    @Test
    void behind_a_tls_proxy_the_session_cookie_is_secure_and_same_site_and_answers_carry_hsts() throws Exception {
        HttpResponse<String> behindTls = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(behindTls.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("Secure", "HttpOnly", "SameSite=Lax"));
        HttpResponse<String> api = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/entities"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.headers().firstValue("Strict-Transport-Security")).isPresent();

        HttpResponse<String> plain = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).contains("SameSite=Lax").doesNotContain("Secure"));
    }

    private HttpResponse<String> export(String clientAddress, String username, String password) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/reports/fact-checks.csv"))
                .header("X-Forwarded-For", clientAddress)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
