package org.factcheck.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.factcheck.Browser;
import org.factcheck.BrowserTest;
import org.junit.jupiter.api.Test;

/** The claims grid in chromium at common laptop widths: every header cell stands over its own column. */
class ClaimsGridBrowserTest extends BrowserTest {

    /** Each header cell's and first row cell's left edge and width, in the grid's own (shadow) table. */
    private static final String COLUMNS = """
            grid => {
              const box = cell => { const r = cell.getBoundingClientRect(); return [Math.round(r.left), Math.round(r.width)]; };
              const root = grid.shadowRoot;
              return {
                header: [...root.querySelectorAll('thead tr:first-child th')].filter(c => !c.hidden).map(box),
                row: [...root.querySelectorAll('tbody#items tr:first-child td')].filter(c => !c.hidden).map(box)
              };
            }""";

    @Test
    void every_header_cell_stands_over_its_column_at_1280_and_1366_pixels() {
        Page page = signedInAsAdmin(browser.newPage(1366, 800));
        for (int width : new int[] {1280, 1366}) {
            page.setViewportSize(width, 800);
            page.navigate(url("/claims"));
            assertColumnsLineUp(page, width);
        }
    }

    private static void assertColumnsLineUp(Page page, int width) {
        page.waitForFunction("() => { const grid = document.querySelector('vaadin-grid');"
                + " return grid && !grid.loading && grid.shadowRoot.querySelectorAll('tbody#items tr:not([hidden])').length > 2; }");
        page.waitForTimeout(1000);
        Browser.screenshot(page, "claims-grid-" + width);

        @SuppressWarnings("unchecked")
        Map<String, List<List<Integer>>> columns = (Map<String, List<List<Integer>>>) page.locator("vaadin-grid")
                .evaluate(COLUMNS);

        assertThat(columns.get("row")).hasSize(8);
        assertThat(columns.get("header")).as("header cells at %d px", width).isEqualTo(columns.get("row"));
    }
}
