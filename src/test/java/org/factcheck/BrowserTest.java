package org.factcheck;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/** End-to-end tests in Debian's chromium against the whole app: one browser per test class. */
@AppTest
public abstract class BrowserTest {

    protected static Browser browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void start_browser() {
        browser = new Browser();
    }

    @AfterAll
    static void close_browser() {
        browser.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in on the login page the browser is on. */
    protected static void signIn(Page page, String username, String password) {
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }

    /** The page, signed in as the admin and on the dashboard. */
    protected Page signedInAsAdmin(Page page) {
        page.navigate(url("/login"));
        signIn(page, "admin", AppTest.ADMIN_PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard"))).isVisible();
        return page;
    }
}
