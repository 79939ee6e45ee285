package org.factcheck.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.factcheck.AppTest;
import org.factcheck.Colleague;
import org.factcheck.account.AccountFixtures;
import org.factcheck.account.ReviewerService;
import org.factcheck.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The login form over raw HTTP, as an attacker would post to it. */
@AppTest
class SignInFormTest {

    @LocalServerPort
    int port;

    @Autowired
    ReviewerService reviewers;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** F-03: posting to /log%69n or /%6Cogin skipped the throttle, and the right password signed in. */
    @Test
    void the_throttle_holds_whichever_spelling_of_the_login_path_is_posted_to() throws Exception {
        String username = account();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(signIn("/login", username, "wrong password " + attempt).headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        }

        for (String path : new String[] {"/log%69n", "/%6Cogin", "/login"}) {
            HttpResponse<String> attempt = signIn(path, username, AccountFixtures.PASSWORD);
            assertThat(attempt.headers().firstValue("Location")).as(path)
                    .hasValueSatisfying(location -> assertThat(location).contains("/login?throttled="));
        }
    }

    /** F-10: /login accepted a cross-site POST with no token and no prior session (login CSRF). */
    @Test
    void a_sign_in_posted_from_another_site_is_refused() throws Exception {
        String username = account();

        assertThat(signIn("/login", username, AccountFixtures.PASSWORD, "Origin", "https://evil.example",
                "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
        assertThat(signIn("/login", username, AccountFixtures.PASSWORD, "Origin", "https://evil.example").statusCode())
                .as("an older browser, Origin only").isEqualTo(403);
        assertThat(signIn("/login", username, AccountFixtures.PASSWORD, "Origin", "null").statusCode())
                .as("a sandboxed frame").isEqualTo(403);

        HttpResponse<String> own = signIn("/login", username, AccountFixtures.PASSWORD, "Origin", "http://localhost:" + port,
                "Sec-Fetch-Site", "same-origin");
        assertThat(own.headers().firstValue("Location")).as("from the login page itself")
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
    }

    private String account() {
        return Colleague.as("admin", Role.ADMIN, () -> AccountFixtures.account(reviewers, Role.REVIEWER).getUsername());
    }

    private HttpResponse<String> signIn(String path, String username, String password, String... headers) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
