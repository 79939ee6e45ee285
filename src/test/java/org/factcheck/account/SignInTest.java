package org.factcheck.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.factcheck.AppTest;
import org.factcheck.Browser;
import org.factcheck.BrowserTest;
import org.junit.jupiter.api.Test;

/** Signing in, in a real browser (Debian's chromium). */
class SignInTest extends BrowserTest {

    @Test
    void an_admin_signs_in_and_sees_the_seeded_sources_and_claims() {
        Page page = browser.newPage();
        page.navigate(url("/dashboard"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.getByLabel("Username")).isVisible();
        Browser.screenshot(page, "login");

        signIn(page, "admin", AppTest.ADMIN_PASSWORD);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard"))).isVisible();
        Browser.screenshot(page, "dashboard");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sources")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sources"))).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Iraq Returns to the Deadly Embrace of the US")).first()).isVisible();
        assertThat(page.getByText("admin · ADMIN", new Page.GetByTextOptions().setExact(true))).isVisible();
        Browser.screenshot(page, "sources");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Claims")).click();
        assertThat(page).hasURL(Pattern.compile(".*/claims$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Claims"))).isVisible();
        Browser.screenshot(page, "claims");
        page.getByLabel("Search").fill("2,500 US troops");
        assertThat(page.getByText("The official figure of 2,500 US troops in Iraq cannot be confirmed")).isVisible();
    }

    @Test
    void a_wrong_password_is_refused_and_there_is_no_default_password() {
        Page page = browser.newPage();
        page.navigate(url("/login"));

        signIn(page, "admin", "admin");

        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.getByText("Incorrect username or password")).isVisible();
        page.navigate(url("/claims"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

}
