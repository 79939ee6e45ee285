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
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The sign-in budgets over HTTP, in an app of its own behind a (pretend) TLS proxy: a tiny per-address
 * budget (the shared test app's is 1,000,000, since every test signs in from 127.0.0.1) and forwarded
 * headers, so each test's client can be another address. Also F-15: behind TLS the session cookie is
 * Secure and answers carry HSTS with one setting; the cookie is SameSite=Lax everywhere. And F-14, with a
 * tiny number of sessions for visitors who have not signed in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "factcheck.sign-in.failures-per-address=3", "server.forward-headers-strategy=native", "factcheck.seed.enabled=false",
        "factcheck.sessions.anonymous-limit=" + SignInBudgetsOverHttpTest.ANONYMOUS_SESSIONS})
@ActiveProfiles("test")
@ExtendWith(SeparateApplications.class)
class SignInBudgetsOverHttpTest {

    static final int ANONYMOUS_SESSIONS = 3;

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext app;

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

    /** F-14: every visit to the sign-in page opened a session that lived 30 minutes, without limit. */
    @Test
    void only_the_newest_few_sessions_of_visitors_who_have_not_signed_in_are_kept_and_a_signed_in_one_is_never_ended()
            throws Exception {
        String reviewer = signIn(sessionOf(loginPage(null)));
        String oldest = sessionOf(loginPage(null));
        assertThat(loginPage(oldest).headers().allValues("Set-Cookie")).as("a session still kept").isEmpty();
        assertThat(sessions().findSession(oldest).getMaxInactiveInterval()).as("a visitor's: 5 minutes").isEqualTo(300);
        assertThat(sessions().findSession(reviewer).getMaxInactiveInterval()).as("a reviewer's: the desk's 30 minutes")
                .isEqualTo(1800);

        for (int visitor = 0; visitor < ANONYMOUS_SESSIONS; visitor++) {
            loginPage(null);
        }

        assertThat(loginPage(oldest).headers().allValues("Set-Cookie")).as("the oldest visitor's session was ended")
                .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").doesNotContain(oldest));
        HttpResponse<String> dashboard = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dashboard"))
                .header("Cookie", "JSESSIONID=" + reviewer).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(dashboard.statusCode()).as("the signed-in reviewer is still signed in").isEqualTo(200);
        assertThat(dashboard.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void public_pages_and_the_api_open_no_session() throws Exception {
        for (String path : new String[] {"/", "/ratings", "/api/v1/fact-checks", "/robots.txt", "/problems/not-found"}) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    private Manager sessions() {
        return ((Context) ((TomcatWebServer) app.getWebServer()).getTomcat().getHost().findChildren()[0]).getManager();
    }

    private HttpResponse<String> loginPage(String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionOf(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'))).findFirst().orElseThrow();
    }

    /** The admin signs in through the login form in that session; the session it is signed in to. */
    private String signIn(String session) throws Exception {
        String form = "username=admin&password=" + java.net.URLEncoder.encode(AppTest.ADMIN_PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Cookie", "JSESSIONID=" + session).header("Origin", "http://localhost:" + port)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).as("signed in")
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
        return sessionOf(signedIn);
    }

    private HttpResponse<String> export(String clientAddress, String username, String password) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/reports/fact-checks.csv"))
                .header("X-Forwarded-For", clientAddress)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
