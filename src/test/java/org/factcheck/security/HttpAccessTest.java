package org.factcheck.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.factcheck.Http;
import org.factcheck.AppTest;
import org.factcheck.Colleague;
import org.factcheck.account.AccountFixtures;
import org.factcheck.account.ReviewerService;
import org.factcheck.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every HTTP endpoint the app maps (its controllers, the API docs, actuator, errors), found in the
 * handler mappings, called over real HTTP anonymously and with HTTP Basic in each role. A new
 * endpoint without a line in the table fails.
 */
@AppTest
class HttpAccessTest {

    /** An id in its one canonical form, as the API and the public pages map it. */
    private static final String ID = "{id:[1-9][0-9]{0,18}}";

    /** Endpoint patterns as mapped, and who may GET them. */
    private static final Map<String, Caller> EXPECTED = Map.ofEntries(
            Map.entry("/api/v1/fact-checks", Caller.ANYONE),
            Map.entry("/api/v1/fact-checks/" + ID, Caller.ANYONE),
            Map.entry("/api/v1/fact-checks/" + ID + "/claim-review", Caller.ANYONE),
            Map.entry("/api/v1/claim-reviews", Caller.ANYONE),
            Map.entry("/api/v1/feed.json", Caller.ANYONE),
            Map.entry("/api/v1/entities", Caller.ANYONE),
            Map.entry("/api/v1/entities/" + ID, Caller.ANYONE),
            Map.entry("/api/v1/changes", Caller.ANYONE),
            // The public pages (site), with the pages each problem type names.
            Map.entry("/fact-checks", Caller.ANYONE),
            Map.entry("/fact-checks/" + ID, Caller.ANYONE),
            Map.entry("/fact-checks/" + ID + "/{slug}", Caller.ANYONE),
            Map.entry("/fact-checks/**", Caller.ANYONE),
            Map.entry("/entity/" + ID, Caller.ANYONE),
            Map.entry("/entity/" + ID + "/{slug}", Caller.ANYONE),
            Map.entry("/entity/**", Caller.ANYONE),
            Map.entry("/ratings", Caller.ANYONE),
            Map.entry("/corrections", Caller.ANYONE),
            Map.entry("/transparency", Caller.ANYONE),
            Map.entry("/sitemap.xml", Caller.ANYONE),
            Map.entry("/robots.txt", Caller.ANYONE),
            Map.entry("/feed.atom", Caller.ANYONE),
            // Archived copies of published evidence (archive): 404 for anything not published
            Map.entry("/archive/" + ID, Caller.ANYONE),
            Map.entry("/problems/{slug}", Caller.ANYONE),
            Map.entry("/api/v1/claims:search", Caller.ANYONE),
            // POST only, for editors (ExternalFactChecks; ClaimReviewImportTest): a GET is 405 to any signed-in account
            Map.entry("/desk/v1/claim-reviews", Caller.REVIEWER),
            Map.entry("/desk/v1/claim-matching/progress", Caller.REVIEWER),
            Map.entry("/desk/v1/known-claims", Caller.REVIEWER),
            Map.entry("/desk/v1/claims/" + ID + "/same-claim", Caller.REVIEWER),
            // Imports over HTTP: any desk account (all roles include the reviewer's); GET of an unknown import is a 404.
            Map.entry("/desk/v1/imports", Caller.REVIEWER),
            Map.entry("/desk/v1/imports/{id}", Caller.REVIEWER),
            Map.entry("/reports/fact-checks.csv", Caller.EDITOR),
            Map.entry("/reports/fact-checks.jsonld", Caller.EDITOR),
            Map.entry("/reports/fact-checks.pdf", Caller.EDITOR),
            // Any other path under /api answers the API's own 404 problem.
            Map.entry("/api/**", Caller.ANYONE),
            Map.entry("/v3/api-docs", Caller.ANYONE),
            Map.entry("/v3/api-docs.yaml", Caller.ANYONE),
            Map.entry("/actuator/health", Caller.ANYONE));

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext app;

    @Autowired
    ReviewerService reviewers;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    @Test
    void every_endpoint_has_its_expected_callers_in_the_table() {
        TreeSet<String> mapped = new TreeSet<>();
        app.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().keySet().forEach(info -> mapped.addAll(info.getPatternValues())));
        mapped.removeIf(pattern -> !EXPECTED.containsKey(pattern) && isInfrastructure(pattern));
        assertThat(mapped).containsExactlyElementsOf(new TreeSet<>(EXPECTED.keySet()));
    }

    @Test
    void each_endpoint_answers_exactly_the_callers_the_table_gives_it() {
        Map<String, String> accounts = new TreeMap<>();
        for (Role role : Role.values()) {
            accounts.put(role.name(), Colleague.as("admin", () -> AccountFixtures.account(reviewers, role).getUsername()));
        }
        Map<String, Integer> wrong = new TreeMap<>();
        EXPECTED.forEach((pattern, required) -> {
            String path = pattern.replace(ID, "1").replace("{id}", "1").replace("{slug}", "not-found").replace("**", "v1/no-such-thing");
            for (Caller caller : Caller.values()) {
                Http.Answer answer = caller == Caller.ANYONE ? http.get(path)
                        : http.sendAs("GET", path, accounts.get(caller.name()), AccountFixtures.PASSWORD);
                boolean refused = answer.status() == 401 || answer.status() == 403 || answer.status() == 302;
                if (refused == caller.reaches(required) || answer.status() >= 500) {
                    wrong.put("GET " + path + " as " + caller, answer.status());
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void the_reports_tell_anonymous_callers_to_sign_in_and_reviewers_that_they_may_not() {
        String reviewer = Colleague.as("admin", () -> AccountFixtures.account(reviewers, Role.REVIEWER).getUsername());

        Http.Answer anonymous = http.get("/reports/fact-checks.csv");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(http.sendAs("GET", "/reports/fact-checks.csv", reviewer, AccountFixtures.PASSWORD).status()).isEqualTo(403);
    }

    @Test
    void the_public_api_is_read_only() {
        for (String pattern : EXPECTED.keySet()) {
            if (!pattern.startsWith("/api/")) {
                continue;
            }
            String path = pattern.replace(ID, "1").replace("{id}", "1").replace("**", "v1/no-such-thing");
            for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
                assertThat(http.send(method, path).status()).as(method + " " + path).isEqualTo(405);
            }
        }
    }

    @Test
    void actuator_shows_health_and_nothing_else() {
        String admin = Colleague.as("admin", () -> AccountFixtures.account(reviewers, Role.ADMIN).getUsername());
        for (String endpoint : List.of("env", "beans", "configprops", "mappings", "loggers", "heapdump", "threaddump",
                "metrics", "info", "shutdown", "sessions", "flyway")) {
            assertThat(http.get("/actuator/" + endpoint).status()).as(endpoint).isNotEqualTo(200);
            assertThat(http.sendAs("GET", "/actuator/" + endpoint, admin, AccountFixtures.PASSWORD).status()).as(endpoint)
                    .isNotEqualTo(200);
        }
        Http.Answer health = http.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).doesNotContain("postgres", "jdbc", "127.0.0.1");
    }

    /** Mappings that are the framework's own, not the app's endpoints, and are covered elsewhere. */
    private static boolean isInfrastructure(String pattern) {
        return pattern.equals("/error") || pattern.startsWith("/v3/api-docs/") || pattern.startsWith("/swagger-ui")
                || pattern.startsWith("/actuator");
    }
}
