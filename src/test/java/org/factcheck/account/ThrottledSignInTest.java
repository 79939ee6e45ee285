package org.factcheck.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.factcheck.BrowserTest;
import org.factcheck.Colleague;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Guessing passwords is throttled, on the login form and for HTTP Basic alike (five failures per
 * username, as configured by default), and the others at the desk sign in as usual meanwhile.
 */
class ThrottledSignInTest extends BrowserTest {

    @Autowired
    ReviewerService reviewers;

    @Test
    void after_five_failed_sign_ins_the_login_form_refuses_the_username_for_a_while() {
        String guessed = account(Role.REVIEWER);
        String colleague = account(Role.REVIEWER);
        Page page = browser.newPage();
        page.navigate(url("/login"));
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(page, guessed, "wrong password " + attempt);
            assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        }

        signIn(page, guessed, AccountFixtures.PASSWORD);

        assertThat(page).hasURL(Pattern.compile(".*/login\\?throttled=3$"));
        assertThat(page.getByText("Too many failed sign-ins; try again in 3 minutes.")).isVisible();
        org.factcheck.Browser.screenshot(page, "login-throttled");

        signIn(page, colleague, AccountFixtures.PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard"))).isVisible();
    }

    @Test
    void after_five_failed_http_basic_sign_ins_the_reports_answer_429_with_retry_after() {
        String guessed = account(Role.EDITOR);
        String colleague = account(Role.EDITOR);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(report(guessed, "wrong password " + attempt).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> refused = report(guessed, AccountFixtures.PASSWORD);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(170L, 180L));
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("Too many failed sign-ins; try again in 3 minutes.");
        assertThat(report(colleague, AccountFixtures.PASSWORD).statusCode()).isEqualTo(200);
    }

    private String account(Role role) {
        return Colleague.as("admin", () -> AccountFixtures.account(reviewers, role).getUsername());
    }

    private HttpResponse<String> report(String username, String password) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/reports/fact-checks.csv?source=0")))
                    .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
