package org.factcheck.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.factcheck.Browser;
import org.factcheck.BrowserTest;
import org.factcheck.Colleague;
import org.factcheck.account.AccountFixtures;
import org.factcheck.account.ReviewerService;
import org.factcheck.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every Vaadin route, found by scanning for {@code @Route} and {@code @RouteAlias}, visited in a real
 * browser anonymously and in each role: anonymous visitors are sent to the login page, and each role
 * reaches exactly the routes the table gives it. A new route without a line in the table fails.
 */
class RouteAccessTest extends BrowserTest {

    private static final Map<String, Caller> EXPECTED = Map.ofEntries(
            Map.entry("login", Caller.ANYONE),
            Map.entry("dashboard", Caller.REVIEWER),
            Map.entry("my-work", Caller.REVIEWER),
            Map.entry("search", Caller.REVIEWER),
            Map.entry("sources", Caller.REVIEWER),
            Map.entry("sources/:id", Caller.REVIEWER),
            Map.entry("claims", Caller.REVIEWER),
            Map.entry("claims/:id", Caller.REVIEWER),
            Map.entry("entities", Caller.REVIEWER),
            Map.entry("entities/:id", Caller.REVIEWER),
            Map.entry("import", Caller.REVIEWER),
            Map.entry("check-a-claim", Caller.REVIEWER),
            Map.entry("import/:id", Caller.REVIEWER),
            Map.entry("imports", Caller.REVIEWER),
            Map.entry("activity", Caller.REVIEWER),
            Map.entry("link-watch", Caller.EDITOR),
            Map.entry("figures", Caller.EDITOR),
            Map.entry("notifications", Caller.REVIEWER),
            Map.entry("accounts", Caller.ADMIN));

    @Autowired
    ReviewerService reviewers;

    @Test
    void every_route_has_its_expected_visitors_in_the_table() {
        assertThat(new TreeSet<>(routes())).containsExactlyElementsOf(new TreeSet<>(EXPECTED.keySet()));
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page_from_every_route_but_login() {
        Page page = browser.newPage();
        EXPECTED.forEach((route, required) -> {
            page.navigate(url(path(route)));
            if (required == Caller.ANYONE) {
                assertThat(page).hasURL(Pattern.compile(".*/" + route + "$"));
            } else {
                assertThat(page).hasURL(Pattern.compile(".*/login$"));
            }
        });
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void each_role_reaches_exactly_the_routes_of_its_role(Role role) {
        String username = Colleague.as("admin", () -> AccountFixtures.account(reviewers, role).getUsername());
        Caller caller = Caller.valueOf(role.name());
        Page page = browser.newPage();
        page.navigate(url("/login"));
        signIn(page, username, AccountFixtures.PASSWORD);
        assertThat(page.getByText(username + " · " + role.name())).isVisible();

        EXPECTED.forEach((route, required) -> {
            page.navigate(url(path(route)));
            assertThat(page).hasURL(Pattern.compile(".*" + path(route) + "$"));
            if (caller.reaches(required)) {
                assertThat(page.locator("main").first()).isVisible();
                assertThat(page.getByText("Could not navigate")).hasCount(0);
            } else {
                assertThat(page.getByText("Could not navigate")).isVisible();
                Browser.screenshot(page, "route-refused-" + role.name().toLowerCase() + "-" + route.replace('/', '-'));
            }
        });
    }

    /** A route template as a path: the seed's first record where it takes an id. */
    private static String path(String route) {
        return "/" + route.replace(":id", "1");
    }

    private static Stream<String> routesOf(BeanDefinition view) {
        try {
            Class<?> type = Class.forName(view.getBeanClassName());
            return Stream.concat(Stream.of(type.getAnnotation(Route.class)).filter(java.util.Objects::nonNull).map(Route::value),
                    Stream.of(type.getAnnotationsByType(RouteAlias.class)).map(RouteAlias::value));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.util.List<String> routes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(RouteAlias.class));
        return scanner.findCandidateComponents("org.factcheck").stream().flatMap(RouteAccessTest::routesOf).toList();
    }
}
