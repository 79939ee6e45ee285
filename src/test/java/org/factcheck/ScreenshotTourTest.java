package org.factcheck;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Opens every main view in chromium, checks it rendered, and keeps a screenshot of it. To refresh
 * the documented screenshots: {@code ./mvnw test -Dtest=ScreenshotTourTest -Dscreenshots.dir=docs/screenshots}.
 */
class ScreenshotTourTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_main_view_renders_on_a_desktop_and_a_tablet_in_light_and_dark() {
        Page page = signedInAsAdmin(browser.newPage());
        visit(page, "/dashboard", "Dashboard", "dashboard");
        visit(page, "/sources", "Sources", "sources");
        visit(page, "/claims", "Claims", "claims");
        visit(page, "/my-work", "My work", "my-work");
        visit(page, "/activity", "Activity", "activity-all");
        visit(page, "/entities", "Entities", "entities");
        long kadhimi = jdbc.sql("select id from entity where name = 'Mustafa al-Kadhimi'").query(Long.class).single();
        visit(page, "/entities/" + kadhimi, "Mustafa al-Kadhimi", "entity");
        visit(page, "/accounts", "Accounts", "accounts");
        long claimWithVerdict = jdbc.sql("select claim_id from verdict where status = 'PUBLISHED' order by id limit 1")
                .query(Long.class).single();
        visit(page, "/claims/" + claimWithVerdict, "Verdict", "claim");
        long arabicSource = jdbc.sql("select id from source where full_text like '%مكافحة%'").query(Long.class).single();
        page.navigate(url("/sources/" + arabicSource));
        page.locator("p[dir=auto]").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("رئيس مجلس الوزراء"))
                .first().scrollIntoViewIfNeeded();
        assertThat(page.locator(".source-text")).isVisible();
        Browser.screenshot(page, "reader-arabic");

        // A title at the longest allowed stays a heading of three lines at most, under the page's actions.
        long longTitled = jdbc.sql("select min(id) from source").query(Long.class).single();
        String title = jdbc.sql("select title from source where id = ?").param(longTitled).query(String.class).single();
        jdbc.sql("update source set title = ? where id = ?").param("A very long title ".repeat(27) + "end").param(longTitled).update();
        try {
            page.navigate(url("/sources/" + longTitled));
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New claim from selection"))).isInViewport();
            org.assertj.core.api.Assertions.assertThat(page.locator("h2.record-heading").boundingBox().height).isLessThan(150);
            Browser.screenshot(page, "reader-long-title");
        } finally {
            jdbc.sql("update source set title = ? where id = ?").param(title).param(longTitled).update();
        }
        page.navigate(url("/search"));
        page.locator("vaadin-text-field input").first().fill("\"combat mission\"");
        page.keyboard().press("Enter");
        page.waitForTimeout(1000);
        Browser.screenshot(page, "search-phrase");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch light or dark theme")).click();
        visit(page, "/claims/" + claimWithVerdict, "Verdict", "claim-dark");

        Page tall = signedInAsAdmin(browser.newPage(1280, 3600));
        visit(tall, "/claims/" + claimWithVerdict, "History", "claim-whole-page");

        Page tablet = signedInAsAdmin(browser.newPage(820, 1180));
        visit(tablet, "/claims", "Claims", "claims-tablet");
    }

    private void visit(Page page, String path, String heading, String screenshot) {
        page.navigate(url(path));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(heading)).first()).isVisible();
        page.waitForTimeout(300); // let the grids fill before the picture is taken
        Browser.screenshot(page, screenshot);
    }

}
