package org.factcheck.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.factcheck.Browser;
import org.factcheck.BrowserTest;
import org.factcheck.Desk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Script payloads in every text of a published fact-check, shown on every page that shows those
 * texts: each page shows them as literal text, and none of them runs (no flag set, no dialog).
 */
class HostileTextTest extends BrowserTest {

    /** Every link's target, as the browser resolved it. */
    private static final String LINK_TARGETS = "() => [...document.querySelectorAll('a[href]')].map(a => a.href)";

    @Autowired
    ApplicationContext app;

    Desk.Case hostile;
    Page page;
    final List<String> dialogs = new ArrayList<>();

    @BeforeEach
    void an_admin_opens_a_hostile_fact_check() {
        hostile = new Desk(app).publishHostile();
        page = signedInAsAdmin(browser.newPage());
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
    }

    @Test
    void the_reader_shows_the_sources_texts_as_written() {
        visit("/sources/" + hostile.sourceId(), "Quoted " + hostile.marker(), "reader");
    }

    @Test
    void the_claim_page_shows_the_claim_its_quote_verdict_and_evidence_as_written() {
        visit("/claims/" + hostile.claimId(), "Claim " + hostile.marker(), "claim");
        assertThat(page.getByText("Rationale " + Desk.ALL_PAYLOADS).first()).isVisible();
        assertThat(page.getByText("Evidence title " + Desk.ALL_PAYLOADS).first()).isVisible();
    }

    @Test
    void the_claims_grid_shows_the_claim_as_written() {
        visit("/claims?source=" + hostile.sourceId(), "Claim " + hostile.marker(), "claims-grid");
    }

    @Test
    void the_sources_grid_shows_the_source_as_written() {
        filter("/sources", "Search", "Source " + hostile.marker(), "sources-grid");
    }

    @Test
    void the_entity_page_and_grid_show_its_name_as_written() {
        visit("/entities/" + hostile.claimantId(), "Claimant " + hostile.marker(), "entity");
        filter("/entities", "Name or alias", "Claimant " + hostile.marker(), "entities-grid");
    }

    @Test
    void the_search_names_the_hits_and_aliases_as_written_and_highlights_without_rendering_markup() {
        visit("/search?q=" + hostile.marker(), "Source " + hostile.marker(), "search");
        assertThat(page.locator("mark").first()).isVisible();
        expectLiteral("Alias " + hostile.marker(), "search");
    }

    @Test
    void the_claims_history_compares_its_revisions_field_by_field_as_written() {
        page.navigate(url("/claims/" + hostile.claimId()));
        page.locator(".record-history vaadin-grid-cell-content")
                .getByText("Claim " + hostile.claimId(), new Locator.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".history-comparison")).isVisible();
        expectLiteral("Note", "claim-history");
    }

    @Test
    void the_activity_shows_the_changes_without_running_them() {
        // The Activity view names each record changed, as it was named then.
        visit("/activity", "Claim " + hostile.marker(), "activity");
    }

    private void visit(String path, String literal, String screenshot) {
        page.navigate(url(path));
        expectLiteral(literal, screenshot);
    }

    /** A grid filtered to the marker. */
    private void filter(String path, String filterLabel, String literal, String screenshot) {
        page.navigate(url(path));
        page.getByLabel(filterLabel).fill(hostile.marker());
        expectLiteral(literal, screenshot);
    }

    /** The text with its payloads shows literally, and nothing ran. */
    private void expectLiteral(String prefix, String screenshot) {
        assertThat(page.getByText(prefix + " " + Desk.SCRIPT_PAYLOADS.getFirst()).first()).isVisible();
        expectInert(screenshot);
    }

    private void expectInert(String screenshot) {
        Browser.screenshot(page, "hostile-" + screenshot);
        assertThat(page.evaluate("() => typeof window.__pwned")).isEqualTo("undefined");
        assertThat(page.locator("main script, [onerror], [onload]")).hasCount(0);
        assertThat(dialogs).isEmpty();
        @SuppressWarnings("unchecked")
        List<String> targets = (List<String>) page.evaluate(LINK_TARGETS);
        assertThat(targets).allMatch(target -> target.matches("https?://.*"));
    }
}
