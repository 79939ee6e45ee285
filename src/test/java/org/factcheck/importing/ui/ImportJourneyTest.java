package org.factcheck.importing.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.factcheck.Browser;
import org.factcheck.BrowserTest;
import org.junit.jupiter.api.Test;

/** Importing an HTML page in chromium, from the Sources view to an accepted candidate claim. */
class ImportJourneyTest extends BrowserTest {

    private static final String PAGE = """
            <!doctype html><html><head><title>Pentagon: 2,500 troops stay in Iraq</title>
            <script>track()</script></head><body>
            <h1>Pentagon: 2,500 troops stay in Iraq</h1>
            <p>The Pentagon said on Monday that about 2,500 US troops would remain in Iraq after December 31, 2021, \
            in an advisory role.</p>
            <p>According to Mustafa al-Kadhimi, the combat mission of the coalition ends this year, more than 18 years \
            after the 2003 invasion.</p>
            <p>Officials told reporters that Islamic State fighters still attack in Kirkuk and Diyala.</p>
            <p>Reporting by the desk, reference %d.</p>
            </body></html>
            """;

    @Test
    void a_reviewer_uploads_an_html_page_and_accepts_a_proposed_claim() {
        Page page = signedInAsAdmin(browser.newPage());
        page.navigate(url("/sources"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Import a source"))).isVisible();

        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("troops.html", "text/html",
                PAGE.formatted(System.nanoTime()).getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator(".uploaded-file")).containsText("Ready to import: troops.html");
        page.getByLabel("Outlet or publisher").fill("Desk wire");
        page.getByLabel("Published on").fill("9/7/2021");
        page.getByLabel("Published on").press("Enter");
        Browser.screenshot(page, "import");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Pentagon: 2,500 troops stay in Iraq")))
                .isVisible();
        assertThat(page.locator(".entity-name").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Mustafa al-Kadhimi"))).isVisible();
        assertThat(page.locator(".candidate")).not().hasCount(0);
        Browser.screenshot(page, "import-review");

        // By its sentence: another candidate may show this one's seed claim as checked before.
        page.locator(".candidate").filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHas(page.locator(".candidate-sentence").filter(new com.microsoft.playwright.Locator.FilterOptions()
                                .setHasText("2,500 US troops"))))
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Accept").setExact(true)).click();
        assertThat(page.getByText("open the claim")).isVisible();
    }
}
