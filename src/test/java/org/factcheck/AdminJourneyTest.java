package org.factcheck;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.factcheck.entity.EntityFixtures.claim;
import static org.factcheck.entity.EntityFixtures.person;
import static org.factcheck.entity.EntityFixtures.unique;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.factcheck.claim.ClaimService;
import org.factcheck.entity.EntityService;
import org.factcheck.entity.NamedEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** An admin's day in a real browser (Debian's chromium): merging duplicate entities, managing accounts. */
@WithMockUser(username = "admin", roles = {"ADMIN", "EDITOR", "REVIEWER"})
class AdminJourneyTest extends BrowserTest {

    @Autowired
    EntityService entities;

    @Autowired
    ClaimService claims;

    @Test
    void an_admin_merges_two_records_of_one_person_and_the_survivor_shows_the_merged_ones_aliases() {
        NamedEntity survivor = person(entities, unique("Ayad Allawi"), "Allawi", "Ayad Allawi");
        NamedEntity duplicate = person(entities, unique("Iyad Allawi"), "Dr. Allawi", "Iyad Allawi");
        claim(claims, "Allawi says the withdrawal is a trick.", duplicate, duplicate);
        Page page = signedInAsAdmin(browser.newPage());

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Entities")).click();
        assertThat(page).hasURL(Pattern.compile(".*/entities$"));
        page.getByLabel("Name or alias").fill("Allawi");
        assertThat(cell(page, "Afghanistan")).not().isVisible();
        assertThat(cell(page, survivor.getName())).isVisible();
        assertThat(cell(page, duplicate.getName())).isVisible();
        Browser.screenshot(page, "entities");

        cell(page, survivor.getName()).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(survivor.getName()))).isVisible();
        page.getByLabel("Duplicate to merge into this entity").fill(duplicate.getName());
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(duplicate.getName())).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Merge…")).click();
        assertThat(page.getByText("Merge “" + duplicate.getName() + "” into “" + survivor.getName() + "”?")).isVisible();
        settled(page);
        Browser.screenshot(page, "entity-merge");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Merge").setExact(true)).click();

        assertThat(cell(page, "Dr. Allawi")).isVisible();
        assertThat(cell(page, duplicate.getName())).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Allawi says the withdrawal is a trick.")))
                .isVisible();
        Browser.screenshot(page, "entity-merged");

        page.getByLabel("New spelling").fill("DR. ALLAWI");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add alias")).click();
        // The field's own error message, not the screen-reader announcement of it.
        Locator refused = page.locator("[slot=error-message]")
                .getByText("This entity already has that spelling (letter case does not count)");
        assertThat(refused).isVisible();
        refused.scrollIntoViewIfNeeded();
        Browser.screenshot(page, "entity-alias-refused");
    }

    @Test
    void an_admin_opens_the_accounts_and_a_new_account_form_refuses_a_short_password() {
        Page page = signedInAsAdmin(browser.newPage());

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accounts")).click();
        assertThat(page).hasURL(Pattern.compile(".*/accounts$"));
        assertThat(cell(page, "Administrator")).isVisible();
        Browser.screenshot(page, "accounts");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New account")).click();
        page.getByLabel("Username").fill("layla");
        page.getByLabel("Display name").fill("Layla Hassan");
        page.getByLabel("Initial password", new Page.GetByLabelOptions().setExact(true)).fill("too short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        // the field's own message: Vaadin also announces it for a moment in a live region, a second match
        assertThat(page.locator("[slot=error-message]", new Page.LocatorOptions().setHasText("Use at least 12 characters"))).isVisible();
        settled(page);
        Browser.screenshot(page, "account-new");
    }

    /** Waits for dialogs to finish opening, so a screenshot shows them as a reviewer does. */
    private static void settled(Page page) {
        page.waitForFunction("() => !document.querySelector('[opening]')");
    }

    private static Locator cell(Page page, String text) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text)).first();
    }
}
