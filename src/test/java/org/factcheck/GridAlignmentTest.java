package org.factcheck;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import org.factcheck.account.AccountFixtures;
import org.factcheck.account.ReviewerService;
import org.factcheck.account.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every grid's header cells stand over their columns at common laptop widths (issue 18: at 1280 px
 * the claims grid's headers had slid off their columns). Measured in chromium: each header cell's left
 * and right edges against the first row's cell of the same column. The claims grid has a test of its own.
 */
class GridAlignmentTest extends BrowserTest {

    @Autowired
    ReviewerService reviewers;

    /** The pages with grids, and the heading each shows once it is there. */
    private static final Map<String, String> GRIDS = new java.util.LinkedHashMap<>(Map.of(
            "/sources", "Sources",
            "/entities", "Entities",
            "/accounts", "Accounts",
            "/activity", "Activity",
            "/my-work", "My work",
            "/dashboard", "Dashboard"));

    /** For each grid on the page, the largest distance in px between a header cell's edge and its column's. */
    private static final String MISALIGNMENT = """
            () => [...document.querySelectorAll('vaadin-grid')].map(grid => {
                const header = [...grid.shadowRoot.querySelectorAll('thead tr:last-of-type th')].filter(c => !c.hidden);
                const row = [...grid.shadowRoot.querySelectorAll('tbody#items tr')].find(r => !r.hidden && r.querySelector('td'));
                if (!row) return 0;
                const cells = [...row.querySelectorAll('td')].filter(c => !c.hidden);
                let worst = 0;
                header.forEach((th, i) => {
                    if (!cells[i]) return;
                    const a = th.getBoundingClientRect(), b = cells[i].getBoundingClientRect();
                    worst = Math.max(worst, Math.abs(a.left - b.left), Math.abs(a.right - b.right));
                });
                return worst;
            })""";

    @ParameterizedTest
    @ValueSource(ints = {1280, 1366})
    void every_grid_s_header_cells_stand_over_their_columns(int width) {
        Page page = signedInAsAdmin(browser.newPage(width, 800));
        GRIDS.forEach((path, heading) -> {
            page.navigate(url(path));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(heading)).first())
                    .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
            page.waitForTimeout(500); // let the grids fill and size their columns
            Browser.screenshot(page, "grid" + path.replace('/', '-') + "-" + width);
            @SuppressWarnings("unchecked")
            List<Number> misalignment = (List<Number>) page.evaluate(MISALIGNMENT);
            assertThat(misalignment).as(path + " at " + width + " px").isNotEmpty()
                    .allSatisfy(px -> assertThat(px.doubleValue()).isLessThanOrEqualTo(1.0));
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 1366})
    void the_accounts_grid_shows_every_column_whole_with_colleagues_in_each_role(int width) {
        Colleague.as("grid-test-admin", Role.ADMIN, () -> {
            for (Role role : Role.values()) {
                AccountFixtures.account(reviewers, role);
            }
        });
        Page page = signedInAsAdmin(browser.newPage(width, 800));
        page.navigate(url("/accounts"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Accounts"))).isVisible();
        page.waitForTimeout(500);
        Browser.screenshot(page, "accounts-" + width);

        Object cutOff = page.evaluate("""
                () => [...document.querySelectorAll('vaadin-grid-cell-content')]
                    .filter(c => c.offsetParent !== null && c.scrollWidth > c.clientWidth + 1).map(c => c.textContent)""");
        assertThat((List<?>) cutOff).as("cells cut off at " + width + " px").isEmpty();
        assertThat(page.getByText("Reviewer", new Page.GetByTextOptions().setExact(true)).first()).isVisible();
    }
}
