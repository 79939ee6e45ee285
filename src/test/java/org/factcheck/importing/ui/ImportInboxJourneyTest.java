package org.factcheck.importing.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.factcheck.Browser;
import org.factcheck.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * In chromium: a typed date the form cannot read, an import picked up from the inbox, a candidate
 * shown as checked before (a seed claim, or another about the same figure), a name the database does
 * not know made an entity in one click, and candidates dismissed and accepted in bulk.
 */
class ImportInboxJourneyTest extends BrowserTest {

    private static final String READOUT = """
            Secretary of State Antony J. Blinken met %s, the envoy of the Kurdistan Region, in Washington on Friday.
            The Pentagon said 31 rockets struck Ain al-Asad air base on March 3, 2021, killing one contractor and injuring four soldiers.
            Officials said 2,500 US troops would remain in Iraq after December 31, 2021.
            Reference %d of the desk.
            """;

    @Test
    void a_reviewer_picks_up_an_import_in_the_inbox_creates_an_unknown_name_and_decides_candidates_in_bulk() {
        Page page = signedInAsAdmin(browser.newPage(1400, 1000));
        page.navigate(url("/import"));
        String envoy = "Qadir " + org.factcheck.importing.ImportInboxTest.inventedName();
        page.getByLabel("Text").fill(READOUT.formatted(envoy, System.nanoTime()));
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Blinken meets the Kurdish envoy");
        page.getByLabel("Outlet or publisher").fill("State Department");
        page.getByLabel("Published on").fill("sometime in July");
        page.getByLabel("Published on").press("Enter");
        Browser.screenshot(page, "import-bad-date");
        // Next to the field (Vaadin also reads the message out through an aria-live region).
        assertThat(page.locator("vaadin-date-picker [slot='error-message']").getByText("Not a date")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Import a source"))).isVisible();
        page.getByLabel("Published on").fill("7/1/2021");
        page.getByLabel("Published on").press("Enter");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Blinken meets the Kurdish envoy")))
                .isVisible();

        page.navigate(url("/imports"));
        Locator row = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Blinken meets the Kurdish envoy"));
        assertThat(row).isVisible();
        Browser.screenshot(page, "import-inbox");
        row.getByRole(AriaRole.LINK).click();

        // The seed's claim, or another test's about the same 2,500 troops, among the checked-before lines:
        // other tests' claims with other dates may rank above it, as "similar wording, different dates".
        assertThat(candidate(page, "2,500 US troops").locator(".checked-before").filter(new Locator.FilterOptions()
                .setHasText(java.util.regex.Pattern.compile("Checked before: “[^”]*2,500 US troops[^”]*”, (no verdict yet|rated .+), by .+% alike")))
                .first()).isVisible();
        Locator blinken = candidate(page, envoy);
        assertThat(blinken.locator(".unknown-names")).containsText(envoy);
        Browser.screenshot(page, "import-review-unknown-names");
        blinken.locator(".unknown-name").filter(new Locator.FilterOptions().setHasText(envoy))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("New person")).click();
        assertThat(page.locator(".entity-name").filter(new Locator.FilterOptions().setHasText(envoy))).isVisible();
        assertThat(candidate(page, envoy).locator(".unknown-names")).not().containsText(envoy);

        candidate(page, "31 rockets").locator(".candidate-tick").click();
        candidate(page, envoy).locator(".candidate-tick").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dismiss selected")).click();
        // the field's own message: Vaadin also announces it for a moment in a live region, a second match
        assertThat(page.locator("[slot=error-message]", new Page.LocatorOptions().setHasText("Say why the ticked sentences"))).isVisible();
        page.getByLabel("Reason for dismissing").fill("Already checked");
        page.getByLabel("Reason for dismissing").press("Enter");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dismiss selected")).click();
        assertThat(candidate(page, "31 rockets")).containsText("Dismissed by admin: Already checked");
        assertThat(candidate(page, envoy)).containsText("Dismissed by admin: Already checked");

        page.getByText("Tick all").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept selected")).click();
        assertThat(candidate(page, "2,500 US troops")).containsText("open the claim");
        Browser.screenshot(page, "import-review-decided");

        page.navigate(url("/imports"));
        assertThat(page.getByText("Blinken meets the Kurdish envoy")).hasCount(0);
    }

    /** By its sentence: another candidate may show a claim with the same words as checked before. */
    private static Locator candidate(Page page, String words) {
        return page.locator(".candidate").filter(new Locator.FilterOptions()
                .setHas(page.locator(".candidate-sentence").filter(new Locator.FilterOptions().setHasText(words))));
    }
}
