package org.factcheck.search.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.factcheck.search.SearchHit;
import org.factcheck.search.SearchResults;
import org.factcheck.search.SearchService;

/**
 * One search box over everything: entities (any spelling), claims, sources and verdicts, grouped by
 * type, each result with its matching words marked and a link to its page. {@code search?q=...} links
 * straight to a search.
 */
@Route("search")
@PageTitle("Search · Fact-check database")
@Menu(title = "Search", order = 0.5, icon = "vaadin:search")
@PermitAll
class SearchView extends Main implements BeforeEnterObserver {

    final TextField query = new TextField();
    final Div results = new Div();
    private final SearchService search;

    SearchView(SearchService search) {
        this.search = search;
        addClassName("list-view");
        query.setLabel("Search");
        query.setPlaceholder("e.g. Kazemi, combat mission");
        query.setHelperText("Names match in any spelling; words match claims, sources and verdict rationales.");
        query.setClearButtonVisible(true);
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setWidthFull();
        query.setMaxLength(200);
        query.setValueChangeMode(ValueChangeMode.LAZY);
        query.addValueChangeListener(change -> show(change.getValue()));
        results.addClassName("search-results");
        add(new H2("Search"), query, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("q").ifPresent(query::setValue);
    }

    private void show(String text) {
        results.removeAll();
        if (text == null || text.isBlank()) {
            return;
        }
        SearchResults found = search.search(text);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "search" + QueryParameters.of("q", text).getQueryString().transform(q -> q.isEmpty() ? "" : "?" + q)));
        if (found.isEmpty()) {
            results.add(new Paragraph("Nothing found for “" + found.query() + "”. Try another spelling or fewer words."));
            return;
        }
        group("Entities", found.entities());
        group("Claims", found.claims());
        group("Sources", found.sources());
        group("Verdicts", found.verdicts());
    }

    private void group(String title, List<SearchHit> hits) {
        if (hits.isEmpty()) {
            return;
        }
        Div group = new Div(new H3(title + " (" + hits.size() + ")"));
        group.addClassName("search-group");
        group.setId("search-" + title.toLowerCase(Locale.ROOT));
        for (SearchHit hit : hits) {
            Anchor link = new Anchor(hit.route(), hit.title());
            link.addClassName("search-title");
            Div item = new Div(link, new Html(Snippets.toHtml(hit.snippet())));
            item.addClassName("search-hit");
            group.add(item);
        }
        results.add(group);
    }
}
