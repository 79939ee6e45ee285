package org.factcheck.archive;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.factcheck.Colleague.as;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.factcheck.Browser;
import org.factcheck.BrowserTest;
import org.factcheck.Desk;
import org.factcheck.account.Role;
import org.factcheck.verdict.Verdict;
import org.factcheck.verdict.VerdictService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In chromium: the claim page's archived copies (archive now, ✔ for the quote, an upload), the link
 * watch's flag there and in the editors' list, and a published copy served with no script running.
 * Screenshots: archived-copies.png, link-watch.png, archived-copy-served.png.
 */
class ArchiveJourneyTest extends BrowserTest {

    @Autowired Desk desk;
    @Autowired VerdictService verdicts;
    @Autowired ArchiveService archive;
    @Autowired SafeFetcher fetcher;
    @Autowired ArchiveStore store;

    private final LocalSite site = new LocalSite();

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void a_reviewer_archives_a_cited_page_sees_the_quote_checked_and_the_watch_flags_it_when_it_is_gone() {
        String quote = "Unemployment fell to 4.1 percent " + Desk.newMarker();
        site.page("/statistics", "<html><body><h1>Labour market</h1><p>" + quote + " in May.</p></body></html>");
        site.page("/quoted", "<html><body><p>Nothing like it here.</p></body></html>");
        Verdict draft = desk.draftCiting("archive-reviewer", site.url("/statistics"), quote);
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        Page page = browser.newPage(1280, 1000);
        page.setDefaultTimeout(30_000);
        signedInAsAdmin(page);

        page.navigate(url("/claims/" + draft.getClaim().getId()));
        var section = page.locator(".archived-copies");
        assertThat(section.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Archived copies"))).isVisible();
        var copies = section.locator(".archived-copy").first();
        assertThat(copies.locator(".copy-status")).hasText("No archived copy yet.");
        copies.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Archive now")).click();
        assertThat(copies.locator(".copy-status")).containsText("✔ Quote found in the archived copy");
        assertThat(copies.locator(".copy-status")).containsText("HTTP 200, text/html");

        copies.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("saved-page.html", "text/html",
                "<html><body><p>Saved by hand, without the figure.</p></body></html>".getBytes(StandardCharsets.UTF_8)));
        assertThat(copies.locator(".copy-status")).containsText("✘ Quote not found in the archived copy");
        assertThat(copies.locator(".copy-status")).containsText("uploaded");
        Browser.screenshot(page, "archived-copies");

        site.answer("/statistics", 410, "text/html", "<p>Gone</p>");
        LinkWatch watch = new LinkWatch(fetcher, store, Clock.systemUTC(), false, Duration.ofMinutes(1), Duration.ZERO, Duration.ZERO);
        long evidence = draft.getEvidence().getFirst().getId();
        for (int round = 0; round < 100 && !flagged(evidence); round++) {
            watch.checkDue();
        }
        page.reload();
        assertThat(page.locator(".archived-copies .link-flag").first()).containsText("⚠ Link watch");
        assertThat(page.locator(".archived-copies .link-flag").first()).containsText("The page answered 410.");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Link watch")).click();
        assertThat(page.locator(".link-watch vaadin-grid")).containsText(site.url("/statistics"));
        assertThat(page.locator(".link-watch vaadin-grid")).containsText("The page answered 410.");
        Browser.screenshot(page, "link-watch");
        page.close();
    }

    @Test
    void a_published_copy_is_served_under_its_banner_with_no_script_running() {
        String quote = "The dam was finished in 1964 " + Desk.newMarker();
        Verdict draft = desk.draftCiting("archive-reviewer", site.url("/history"), quote);
        String hostile = "<html><head><title>Original</title></head><body><p>" + quote + ".</p>"
                + "<script>document.title = 'ran'; document.body.insertAdjacentHTML('beforeend', '<p id=injected>script ran</p>');</script>"
                + "<img src=x onerror=\"document.title='ran'\"><form action=\"https://evil.example/\"><button>Send</button></form></body></html>";
        ArchivedCapture copy = as("archive-reviewer", Role.REVIEWER, () -> archive.upload(site.url("/history"), "text/html",
                hostile.getBytes(StandardCharsets.UTF_8), quote));
        Verdict inReview = as("archive-reviewer", Role.REVIEWER, () -> verdicts.submitForReview(draft, "Ready."));
        as("archive-editor", Role.EDITOR, () -> verdicts.publish(desk.reload(inReview), "Checked."));

        Page page = browser.newPage(1280, 800);
        List<String> consoleErrors = new ArrayList<>();
        page.onConsoleMessage(message -> consoleErrors.add(message.text()));
        page.navigate(url("/archive/" + copy.id()));
        assertThat(page.getByText("Archived copy of " + site.url("/history"))).isVisible();
        assertThat(page.getByText(quote)).isVisible();
        page.waitForTimeout(500);
        org.assertj.core.api.Assertions.assertThat(page.title()).isNotEqualTo("ran");
        assertThat(page.locator("#injected")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(consoleErrors).as("chromium says why it ran nothing")
                .anySatisfy(message -> org.assertj.core.api.Assertions.assertThat(message).containsIgnoringCase("sandbox"));
        Browser.screenshot(page, "archived-copy-served");

        page.navigate(url("/fact-checks/" + draft.getClaim().getId()));
        assertThat(page.locator(".evidence .archived a")).hasAttribute("href", java.util.regex.Pattern.compile(".*/archive/" + copy.id() + "$"));
        assertThat(page.locator(".evidence .archived")).containsText(copy.sha256().substring(0, 12));
        Browser.screenshot(page, "fact-check-archived-copy");
        page.close();
    }

    private boolean flagged(long evidenceId) {
        return as("archive-reviewer", Role.REVIEWER, () -> archive.linkChecks(List.of(evidenceId)))
                .values().stream().anyMatch(LinkCheck::flagged);
    }
}
