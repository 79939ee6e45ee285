package org.factcheck.claim.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.Optional;
import org.factcheck.claim.ClaimCount;
import org.factcheck.claim.ClaimScroll;
import org.factcheck.claim.ClaimService;
import org.factcheck.claim.ClaimStatus;
import org.factcheck.entity.EntityService;
import org.factcheck.source.SourceFilter;
import org.factcheck.source.SourceService;

/**
 * Every claim, filterable by status, rating, entity, source, check-worthiness and claim date, loaded
 * page by page (each page by key after the one before, so scrolling deep costs what the first page
 * does), with how many the filter selects ("about N" where counting exactly would be slow); editors
 * export what the filter selects. {@code ?entity=ID}, {@code ?source=ID}, {@code ?status=…} and {@code ?overdue} open
 * it filtered, as links from other pages do.
 */
@Route("claims")
@PageTitle("Claims · Fact-check database")
@Menu(title = "Claims", order = 2, icon = "vaadin:comment-ellipsis-o")
@PermitAll
class ClaimsView extends Main implements BeforeEnterObserver {

    final ClaimFilters filters;
    final ClaimGrid grid = new ClaimGrid();
    final Span count = new Span();
    private final ClaimService claims;
    private final EntityService entities;
    private final SourceService sources;

    ClaimsView(ClaimService claims, EntityService entities, SourceService sources, Optional<ClaimExports> exports) {
        this.claims = claims;
        this.entities = entities;
        this.sources = sources;
        addClassName("list-view");
        filters = new ClaimFilters(claims.ratingLabels(), (page, words) -> entities.findByNameOrAlias(words, page),
                (page, words) -> sources.list(new SourceFilter(words, null, null, null, null), page));
        exports.ifPresent(export -> filters.add(export.forFilter(filters::filter)));
        // Each page is read after the last claim of the one before (keyset), not at an offset.
        ClaimScroll scroll = new ClaimScroll(claims);
        grid.setItems(query -> scroll.page(filters.filter(), VaadinSpringDataHelpers.toSpringDataSort(query),
                query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("claims/" + click.getItem().id())));
        filters.addChangeListener(change -> {
            grid.getDataProvider().refreshAll();
            showCount();
        });
        count.addClassName("claims-count");
        add(new H2("Claims"), filters, count, grid);
        showCount();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        query.getSingleParameter("status").flatMap(value -> Arrays.stream(ClaimStatus.values())
                .filter(candidate -> candidate.name().equals(value)).findFirst()).ifPresent(filters.status::setValue);
        query.getSingleParameter("overdue").ifPresent(any -> filters.overdue.setValue(true));
        query.getSingleParameter("entity").flatMap(ClaimsView::number).flatMap(entities::find)
                .ifPresent(filters.entity::setValue);
        query.getSingleParameter("source").flatMap(ClaimsView::number).flatMap(sources::summary)
                .ifPresent(filters.source::setValue);
    }

    private void showCount() {
        ClaimCount selected = claims.count(filters.filter());
        count.setText(selected.shown() + (selected.claims() == 1 && selected.exact() ? " claim" : " claims"));
    }

    private static Optional<Long> number(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
