package org.factcheck.report.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.factcheck.Browser;
import org.factcheck.BrowserTest;
import org.factcheck.Desk;
import org.factcheck.account.AccountFixtures;
import org.factcheck.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** An editor exports the claims grid's filter in chromium and downloads the file; a reviewer sees no Export. */
class ExportJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext app;

    @Test
    void an_editor_exports_the_filtered_claims_as_csv_and_downloads_them() throws IOException {
        Desk desk = new Desk(app);
        String editor = desk.account(Role.EDITOR);
        Desk.Case fact = desk.publish("Downloaded in the browser " + Desk.newMarker(), "Someone", "the quote", "False");
        Page page = signedIn(editor);

        page.navigate(url("/claims?source=" + fact.sourceId()));
        assertThat(page.getByText(fact.claimText())).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export…")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.locator("vaadin-select").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("CSV, one row per claim").setExact(true)).click();
        assertThat(dialog.getByText("Start with a byte order mark (for Excel)")).isVisible();
        Browser.screenshot(page, "export-dialog");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Export").setExact(true)).click();
        Locator link = dialog.getByText("Download fact-checks.csv");
        assertThat(link).isVisible();
        assertThat(dialog.locator(".export-status")).hasText("1 of 1 claims exported.");
        Browser.screenshot(page, "export-done");
        Download download = page.waitForDownload(link::click);

        assertThat(download.suggestedFilename()).isEqualTo("fact-checks.csv");
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv).contains(fact.claimText(), "False");
    }

    @Test
    void a_reviewer_has_no_export_button() {
        Desk desk = new Desk(app);
        Page page = signedIn(desk.account(Role.REVIEWER));

        page.navigate(url("/claims"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Claims"))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export…"))).hasCount(0);
    }

    private Page signedIn(String username) {
        Page page = browser.newPage(1280, 900);
        page.navigate(url("/login"));
        signIn(page, username, AccountFixtures.PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard"))).isVisible();
        return page;
    }
}
