package org.factcheck.site;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factcheck.Browser;
import org.factcheck.BrowserTest;
import org.factcheck.Desk;
import org.factcheck.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public pages in chromium on the seeded desk, on a phone (390 px) and a laptop (1280 px): axe-core
 * finds no serious or critical accessibility violation, nothing needs JavaScript, right-to-left names
 * are set right to left. Screenshots land in target/screenshots/public-*.png.
 */
class PublicPagesBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext app;

    @Autowired
    JdbcClient jdbc;

    /** Installed by {@code npm ci --prefix tools} (.ci/run does it; see the README). */
    private static final Path AXE = Path.of("tools/node_modules/axe-core/axe.min.js");
    private static final String SERIOUS_VIOLATIONS = """
            async () => (await axe.run()).violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))""";

    @Test
    void every_public_page_passes_axe_on_a_phone_and_a_laptop_without_any_script() {
        assertThat(AXE).as("axe-core: run npm ci --prefix tools").exists();
        Map<String, String> pages = publicPages();
        List<String> violations = new ArrayList<>();
        for (int width : new int[] {390, 1280}) {
            Page page = browser.newPage(width, 900);
            pages.forEach((name, path) -> {
                page.navigate(url(path));
                Browser.screenshot(page, "public-" + name + "-" + width);
                assertThat(page.locator("script:not([type='application/ld+json'])")).hasCount(0);
                page.addScriptTag(new Page.AddScriptTagOptions().setPath(AXE));
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) page.evaluate(SERIOUS_VIOLATIONS);
                found.forEach(violation -> violations.add(path + " at " + width + " px: " + violation));
            });
            page.context().close();
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void a_reader_goes_from_the_home_page_to_a_fact_check_and_its_claimant() {
        Page page = browser.newPage(390, 900);
        page.navigate(url("/"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Fact-checks").setExact(true))).isVisible();
        page.locator(".fact-check-item h3 a").first().click();
        assertThat(page.locator("h1")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Why this rating"))).isVisible();
        assertThat(page.locator("link[rel=canonical]")).hasAttribute("href", java.util.regex.Pattern.compile(".*/fact-checks/\\d+/.+"));
        page.context().close();
    }

    @Test
    void a_passage_and_a_name_in_arabic_are_set_right_to_left() {
        Desk.Case arabic = arabicCase();
        Page page = browser.newPage(390, 900);
        page.navigate(url("/fact-checks/" + arabic.claimId()));
        assertThat(page.locator(".appearances blockquote")).hasAttribute("dir", "rtl");
        assertThat(page.locator(".appearances blockquote")).hasAttribute("lang", "ar");
        Browser.screenshot(page, "public-fact-check-arabic-390");
        page.navigate(url("/entity/" + arabic.claimantId()));
        assertThat(page.locator("span[lang=ar]")).hasAttribute("dir", "rtl");
        assertThat(page.locator("span[lang=en]")).hasAttribute("dir", "auto");
        page.context().close();
    }

    /** A published fact-check whose claim appeared in an Arabic source, by a claimant with an Arabic spelling. */
    private Desk.Case arabicCase() {
        Desk.Case added = new Desk(app).publish("Misleading");
        jdbc.sql("update source set language = 'ar' where id = :id").param("id", added.sourceId()).update();
        jdbc.sql("insert into alias (entity_id, name, language, created_by, updated_by) values (:id, :name, 'ar', 'test', 'test')")
                .param("id", added.claimantId()).param("name", "مصطفى الكاظمي " + added.marker()).update();
        return added;
    }

    /** The home page, a fact-check, an entity, the scale, the corrections and a missing page. */
    private Map<String, String> publicPages() {
        JsonNode first = json("/api/v1/fact-checks?limit=1").get("items").get(0);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("fact-check", java.net.URI.create(first.get("url").asString()).getPath());
        pages.put("entity", "/entity/" + arabicCase().claimantId());
        pages.put("ratings", "/ratings");
        pages.put("corrections", "/corrections");
        pages.put("transparency", "/transparency");
        pages.put("not-found", "/fact-checks/999999999");
        return pages;
    }

    private JsonNode json(String path) {
        return JsonMapper.builder().build().readTree(new Http(port).get(path).body());
    }
}
