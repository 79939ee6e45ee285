package org.factcheck;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The reviewer's main journeys, end to end in Debian's chromium. */
class WorkspaceJourneyTest extends BrowserTest {

    /** A sentence of "Iraq Returns to the Deadly Embrace of the US" that no seeded claim covers. */
    private static final String SENTENCE =
            "Iraqi Foreign Minister Fuad Hussein, who was recently in Washington, spoke to the media back home.";

    /**
     * Selects the sentence in the reader's text, as a reviewer dragging over it would, also across the
     * marks of claims other tests anchored inside it.
     */
    private static final String SELECT_SENTENCE = """
            sentence => {
              for (const paragraph of document.querySelectorAll('.source-text p')) {
                const at = paragraph.textContent.indexOf(sentence);
                if (at < 0) continue;
                const range = document.createRange();
                const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
                let seen = 0;
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  const length = node.textContent.length;
                  if (seen <= at && at < seen + length) range.setStart(node, at - seen);
                  if (seen < at + sentence.length && at + sentence.length <= seen + length) {
                    range.setEnd(node, at + sentence.length - seen);
                    window.getSelection().removeAllRanges();
                    window.getSelection().addRange(range);
                    return true;
                  }
                  seen += length;
                }
              }
              return false;
            }""";

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_reviewer_anchors_a_claim_in_a_source_drafts_a_verdict_with_evidence_and_finds_it_in_the_grid() {
        Page page = signedInAsAdmin(browser.newPage());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sources")).click();
        page.getByText("Iraq Returns to the Deadly Embrace of the US").click();
        assertThat(page).hasURL(Pattern.compile(".*/sources/\\d+$"));
        assertThat(page.locator(".source-text .appearance").first()).isVisible();
        Browser.screenshot(page, "source-reader");

        org.assertj.core.api.Assertions.assertThat(page.evaluate(SELECT_SENTENCE, SENTENCE)).isEqualTo(true);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New claim from selection")).click();
        assertThat(page.locator(".selected-quote")).hasText(SENTENCE);
        Browser.screenshot(page, "new-claim-from-selection");
        page.getByLabel("Claim, as a checkable statement").fill("Iraq's foreign minister Fuad Hussein had recently been in Washington.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create claim")).click();

        assertThat(page).hasURL(Pattern.compile(".*/claims/\\d+$"));
        assertThat(page.locator(".quote-in-context .quote")).hasText(SENTENCE);
        choose(page, "Rating", "Mostly true");
        page.getByLabel("Rationale").fill("Fuad Hussein took part in the strategic dialogue in Washington in July 2021.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start draft verdict")).click();
        assertThat(page.locator(".verdict-status")).hasText("Draft");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add evidence")).click();
        page.getByText("A web page").click();
        page.getByLabel("Web address").fill("https://www.state.gov/joint-statement-on-the-u-s-iraq-strategic-dialogue-2/");
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Joint Statement on the U.S.-Iraq Strategic Dialogue");
        page.getByLabel("Publisher").fill("U.S. Department of State");
        page.getByLabel("Relevant quote").fill("The Iraqi delegation was led by Foreign Minister Fuad Hussein.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save evidence")).click();
        assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
        assertThat(page.getByText("Joint Statement on the U.S.-Iraq Strategic Dialogue — U.S. Department of State")).isVisible();
        Browser.screenshot(page, "claim-page");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Claims")).click();
        page.getByLabel("Search").fill("Fuad Hussein had recently");
        assertThat(page.getByText("The official figure of 2,500 US troops")).isHidden();
        Locator claimRow = page.getByText("Iraq's foreign minister Fuad Hussein had recently been in Washington.");
        assertThat(claimRow).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setVisible(true))
                .filter(new Locator.FilterOptions().setHasText("Mostly true"))).hasCount(1);
        Browser.screenshot(page, "claims-filtered");
    }

    @Test
    void a_second_reviewer_saving_a_stale_claim_gets_the_conflict_dialog_not_a_silent_overwrite() {
        long claimId = jdbc.sql("select id from claim where text like 'The official figure of 2,500 US troops%'")
                .query(Long.class).single();
        Page first = signedInAsAdmin(browser.newPage());
        Page second = signedInAsAdmin(browser.newPage());
        first.navigate(url("/claims/" + claimId));
        second.navigate(url("/claims/" + claimId));

        first.getByLabel("Internal note").fill("Checked against the Pentagon's own figures.");
        first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save claim")).click();
        assertThat(first.getByText("Saved")).isVisible();

        second.getByLabel("Internal note").fill("A different note, written at the same time.");
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save claim")).click();
        assertThat(second.getByText("Someone else changed this claim")).isVisible();
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare versions")).click();
        assertThat(second.getByText("Checked against the Pentagon's own figures.")).isVisible();
        Browser.screenshot(second, "conflict-dialog");
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reload saved version")).click();
        assertThat(second.getByLabel("Internal note")).hasValue("Checked against the Pentagon's own figures.");
    }

    private static void choose(Page page, String selectLabel, String option) {
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText(selectLabel)).first().click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

}
