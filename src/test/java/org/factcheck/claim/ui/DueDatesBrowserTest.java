package org.factcheck.claim.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import org.factcheck.Browser;
import org.factcheck.BrowserTest;
import org.factcheck.Colleague;
import org.factcheck.Desk;
import org.factcheck.account.ReviewerService;
import org.factcheck.account.Role;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.factcheck.claim.Overdue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Due dates in chromium: set on the claim page, marked overdue in the grid and in My work, sorted by in the grid. */
class DueDatesBrowserTest extends BrowserTest {

    /** The first cell's text of each row the grid shows, in the grid's order. */
    static final String FIRST_CELLS = """
            grid => [...grid.shadowRoot.querySelectorAll('tbody#items tr:not([hidden])')]
                .sort((a, b) => a.index - b.index)
                .map(tr => { const slot = tr.querySelector('td slot');
                             const content = slot && grid.querySelector('vaadin-grid-cell-content[slot="' + slot.name + '"]');
                             return content ? content.textContent.trim() : ''; })""";

    @Autowired
    Desk desk;
    @Autowired
    ClaimService claims;
    @Autowired
    ReviewerService reviewers;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_past_due_date_set_on_the_claim_page_marks_the_claim_overdue_in_the_grid_and_in_my_work() {
        Claim claim = desk.newClaim("rita");
        Colleague.as("admin", Role.ADMIN, () -> {
            Claim mine = claims.find(claim.getId()).orElseThrow();
            mine.setAssignee(reviewers.findByUsername("admin").orElseThrow());
            claims.save(mine);
        });
        LocalDate yesterday = Overdue.today().minusDays(1);
        Page page = signedInAsAdmin(browser.newPage(1400, 1000));

        page.navigate(url("/claims/" + claim.getId()));
        page.getByLabel("Due date").fill(yesterday.getMonthValue() + "/" + yesterday.getDayOfMonth() + "/" + yesterday.getYear());
        page.getByLabel("Due date").press("Enter");
        // A past day is allowed, and said plainly beside the field.
        assertThat(page.locator("vaadin-date-picker.overdue [slot='helper']")).containsText("Overdue");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save claim")).click();
        page.waitForCondition(() -> yesterday.equals(dueDate(claim.getId())));
        Browser.screenshot(page, "claim-due-date");

        page.navigate(url("/claims?overdue"));
        assertThat(page.getByLabel("Overdue", new Page.GetByLabelOptions().setExact(true))).isChecked();
        page.getByLabel("Search", new Page.GetByLabelOptions().setExact(true)).fill(claim.getText());
        Locator row = grid(page).locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(yesterday.toString()));
        assertThat(row).containsText("Overdue");
        Browser.screenshot(page, "claims-grid-overdue");
        long overdueInSql = jdbc.sql("""
                select count(*) from claim where due_date < ? and status not in ('PUBLISHED', 'RETRACTED', 'REVIEWED', 'DISMISSED')""")
                .param(Overdue.today()).query(Long.class).single();
        assertThat(page.locator(".claims-count")).hasText(overdueInSql + (overdueInSql == 1 ? " claim" : " claims"));

        page.navigate(url("/my-work"));
        long adminsOverdue = jdbc.sql("""
                select count(*) from claim c join reviewer r on r.id = c.assignee_id
                where r.username = 'admin' and c.due_date < ? and c.status not in ('PUBLISHED', 'RETRACTED', 'REVIEWED', 'DISMISSED')""")
                .param(Overdue.today()).query(Long.class).single();
        assertThat(page.locator(".overdue-count")).hasText(adminsOverdue + " overdue");
        assertThat(grid(page).locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(yesterday + " Overdue")))
                .not().hasCount(0);
        Browser.screenshot(page, "my-work-overdue");
    }

    @Test
    void the_grid_sorts_by_due_date_either_way_with_claims_without_one_last() {
        String shared = Desk.newMarker();
        LocalDate today = Overdue.today();
        long soon = claimDue("soon", shared, today.plusDays(2));
        long later = claimDue("later", shared, today.plusDays(20));
        long never = claimDue("never", shared, null);
        Page page = signedInAsAdmin(browser.newPage(1400, 1000));
        page.navigate(url("/claims"));
        page.getByLabel("Search", new Page.GetByLabelOptions().setExact(true)).fill(shared);
        assertThat(page.locator(".claims-count")).hasText("3 claims");

        page.locator("vaadin-grid-sorter").filter(new Locator.FilterOptions().setHasText("Due")).click();
        assertThat(firstCells(page)).isEqualTo(texts(soon, later, never));
        page.locator("vaadin-grid-sorter").filter(new Locator.FilterOptions().setHasText("Due")).click();
        assertThat(firstCells(page)).isEqualTo(texts(later, soon, never));
    }

    private long claimDue(String word, String shared, LocalDate due) {
        Claim claim = desk.newClaim("rita");
        return Colleague.as("rita", Role.REVIEWER, () -> {
            Claim found = claims.find(claim.getId()).orElseThrow();
            found.setText(found.getText() + " " + word + " " + shared);
            found.setDueDate(due);
            return claims.save(found).getId();
        });
    }

    private List<String> texts(long... ids) {
        return java.util.Arrays.stream(ids).mapToObj(id -> jdbc.sql("select text from claim where id = ?").param(id)
                .query(String.class).single()).toList();
    }

    private static List<String> firstCells(Page page) {
        page.waitForFunction("() => { const grid = document.querySelector('vaadin-grid'); return grid && !grid.loading; }");
        page.waitForTimeout(500);
        @SuppressWarnings("unchecked")
        List<String> cells = (List<String>) grid(page).evaluate(FIRST_CELLS);
        return cells;
    }

    private static Locator grid(Page page) {
        return page.locator("vaadin-grid").first();
    }

    private LocalDate dueDate(long claimId) {
        return jdbc.sql("select due_date from claim where id = ?").param(claimId).query(LocalDate.class).optional().orElse(null);
    }
}
