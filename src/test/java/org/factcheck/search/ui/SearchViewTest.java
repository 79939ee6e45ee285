package org.factcheck.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.factcheck.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The search page, without a browser. */
@AppTest
@WithMockUser(username = "rana", roles = "REVIEWER")
class SearchViewTest extends SpringBrowserlessTest {

    @Test
    void a_spelling_variant_shows_the_entity_its_claims_and_sources_grouped_with_links_and_marked_words() {
        SearchView view = navigate(SearchView.class);

        test(view.query).setValue("Kazemi");

        assertThat(headings(view)).anyMatch(h -> h.startsWith("Entities ("))
                .anyMatch(h -> h.startsWith("Claims (")).anyMatch(h -> h.startsWith("Sources ("));
        List<Anchor> links = find(Anchor.class).from(view.results).all();
        assertThat(links).anySatisfy(link -> {
            assertThat(link.getText()).isEqualTo("Mustafa al-Kadhimi");
            assertThat(link.getHref()).matches("entities/\\d+");
        });
        assertThat(links).anySatisfy(link -> assertThat(link.getHref()).matches("claims/\\d+"));
        assertThat(links).anySatisfy(link -> assertThat(link.getHref()).matches("sources/\\d+"));
        assertThat(find(Html.class).from(view.results).all())
                .anySatisfy(html -> assertThat(html.getInnerHtml()).contains("<mark>"));
    }

    @Test
    void a_link_with_a_query_opens_the_search_with_its_results() {
        UI.getCurrent().navigate("search", QueryParameters.of("q", "combat mission"));
        SearchView view = (SearchView) getCurrentView();

        assertThat(view.query.getValue()).isEqualTo("combat mission");
        assertThat(headings(view)).anyMatch(h -> h.startsWith("Claims ("));
    }

    @Test
    void a_search_that_finds_nothing_says_so_and_markup_in_the_query_stays_text() {
        SearchView view = navigate(SearchView.class);

        test(view.query).setValue("<b>zzqxv</b>");

        assertThat(find(Html.class).from(view.results).all()).isEmpty();
        assertThat(view.results.getElement().getTextRecursively()).contains("Nothing found for “<b>zzqxv</b>”");
    }

    @Test
    void search_comes_first_in_the_navigation_after_the_dashboard() {
        navigate(SearchView.class);

        assertThat(find(SideNavItem.class).from(find(SideNav.class).single()).all()).extracting(SideNavItem::getLabel)
                .startsWith("Dashboard", "Search");
    }

    private List<String> headings(SearchView view) {
        return find(H3.class).from(view.results).all().stream().map(H3::getText).toList();
    }
}
