package org.factcheck;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.factcheck.account.SignInTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Opens every main view in chromium, checks it rendered, and keeps a screenshot of it. To refresh
 * the documented screenshots: {@code ./mvnw test -Dtest=ScreenshotTourTest -Dscreenshots.dir=docs/screenshots}.
 */
@AppTest
class ScreenshotTourTest {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void start_browser() {
        browser = new Browser();
    }

    @AfterAll
    static void close_browser() {
        browser.close();
    }

    @Test
    void every_main_view_renders_on_a_desktop_and_a_tablet_in_light_and_dark() {
        Page page = signedIn(browser.newPage());
        visit(page, "/dashboard", "Dashboard", "dashboard");
        visit(page, "/sources", "Sources", "sources");
        visit(page, "/claims", "Claims", "claims");
        visit(page, "/my-work", "My work", "my-work");
        visit(page, "/activity", "Activity", "activity-all");
        long claimWithVerdict = jdbc.sql("select claim_id from verdict where status = 'PUBLISHED' order by id limit 1")
                .query(Long.class).single();
        visit(page, "/claims/" + claimWithVerdict, "Verdict", "claim");
        long arabicSource = jdbc.sql("select id from source where full_text like '%مكافحة%'").query(Long.class).single();
        page.navigate(url("/sources/" + arabicSource));
        page.locator("p[dir=auto]").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("رئيس مجلس الوزراء"))
                .first().scrollIntoViewIfNeeded();
        assertThat(page.locator(".source-text")).isVisible();
        Browser.screenshot(page, "reader-arabic");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch light or dark theme")).click();
        visit(page, "/claims/" + claimWithVerdict, "Verdict", "claim-dark");

        Page tall = signedIn(browser.newPage(1280, 3600));
        visit(tall, "/claims/" + claimWithVerdict, "History", "claim-whole-page");

        Page tablet = signedIn(browser.newPage(820, 1180));
        visit(tablet, "/claims", "Claims", "claims-tablet");
    }

    private void visit(Page page, String path, String heading, String screenshot) {
        page.navigate(url(path));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(heading)).first()).isVisible();
        page.waitForTimeout(300); // let the grids fill before the picture is taken
        Browser.screenshot(page, screenshot);
    }

    private Page signedIn(Page page) {
        page.navigate(url("/login"));
        SignInTest.signIn(page, "admin", AppTest.ADMIN_PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard"))).isVisible();
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
