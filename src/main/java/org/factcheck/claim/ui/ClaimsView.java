package org.factcheck.claim.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.factcheck.base.ui.Labels;
import org.factcheck.claim.CheckWorthiness;
import org.factcheck.claim.ClaimCount;
import org.factcheck.claim.ClaimExports;
import org.factcheck.claim.ClaimFilter;
import org.factcheck.claim.ClaimScroll;
import org.factcheck.claim.ClaimService;
import org.factcheck.claim.ClaimStatus;
import org.factcheck.claim.ClaimSummary;
import org.factcheck.entity.EntityService;
import org.factcheck.entity.NamedEntity;
import org.factcheck.source.SourceFilter;
import org.factcheck.source.SourceService;
import org.factcheck.source.SourceSummary;

/**
 * Every claim, filterable by status, rating, entity, source, check-worthiness and claim date, loaded
 * page by page (each page by key after the one before, so scrolling deep costs what the first page
 * does), with how many the filter selects ("about N" where counting exactly would be slow); editors
 * export what the filter selects. {@code ?entity=ID} and {@code ?source=ID} open it filtered, as links from other pages do.
 */
@Route("claims")
@PageTitle("Claims · Fact-check database")
@Menu(title = "Claims", order = 2, icon = "vaadin:comment-ellipsis-o")
@PermitAll
class ClaimsView extends Main implements BeforeEnterObserver {

    final Grid<ClaimSummary> grid = new Grid<>();
    final TextField text = new TextField("Search");
    final Select<ClaimStatus> status = new Select<>();
    final Select<String> rating = new Select<>();
    final ComboBox<NamedEntity> entity = new ComboBox<>("Entity");
    final ComboBox<SourceSummary> source = new ComboBox<>("Source");
    final Select<CheckWorthiness> checkWorthiness = new Select<>();
    final DatePicker claimedFrom = new DatePicker("Claimed from");
    final DatePicker claimedTo = new DatePicker("Claimed to");
    final Span count = new Span();
    private final ClaimService claims;
    private final EntityService entities;
    private final SourceService sources;

    ClaimsView(ClaimService claims, EntityService entities, SourceService sources, Optional<ClaimExports> exports) {
        this.entities = entities;
        this.sources = sources;
        addClassName("list-view");
        text.setPlaceholder("Words in the claim");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        status.setLabel("Status");
        status.setItems(ClaimStatus.values());
        status.setItemLabelGenerator(value -> value == null ? "Any" : Labels.of(value));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any");
        rating.setLabel("Rating");
        rating.setItems(claims.ratingLabels());
        rating.setEmptySelectionAllowed(true);
        rating.setEmptySelectionCaption("Any");
        entity.setItemLabelGenerator(NamedEntity::getName);
        entity.setItemsPageable((page, filterText) -> entities.findByNameOrAlias(filterText, page));
        entity.setClearButtonVisible(true);
        source.setItemLabelGenerator(SourceSummary::title);
        source.setItemsPageable((page, filterText) -> sources.list(
                new SourceFilter(filterText, null, null, null, null), page));
        source.setClearButtonVisible(true);
        checkWorthiness.setLabel("Check-worthiness");
        checkWorthiness.setItems(CheckWorthiness.values());
        checkWorthiness.setItemLabelGenerator(value -> value == null ? "Any" : Labels.of(value));
        checkWorthiness.setEmptySelectionAllowed(true);
        checkWorthiness.setEmptySelectionCaption("Any");
        claimedFrom.setClearButtonVisible(true);
        claimedTo.setClearButtonVisible(true);
        // Each end bounds the other, so the picker never offers an empty range.
        claimedFrom.addValueChangeListener(change -> claimedTo.setMin(change.getValue()));
        claimedTo.addValueChangeListener(change -> claimedFrom.setMax(change.getValue()));
        HorizontalLayout filters = new HorizontalLayout(text, status, rating, entity, source, checkWorthiness,
                claimedFrom, claimedTo);
        exports.ifPresent(export -> filters.add(export.forFilter(this::filter)));
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        // Fixed widths, with the claim taking what is left: narrow screens scroll sideways instead of
        // squeezing the claim into a column of single words. In rem, not em: header cells are set in a
        // smaller font than body cells, so em gave each a different width and the headers drifted off
        // their columns (Rating's values under Status at 1280 px).
        grid.addComponentColumn(ClaimsView::claimText).setHeader("Claim").setSortProperty("text")
                .setWidth("22rem").setFlexGrow(4);
        grid.addColumn(ClaimSummary::claimant).setHeader("Claimant").setWidth("10rem").setFlexGrow(1);
        grid.addColumn(ClaimSummary::claimDate).setHeader("Date").setSortProperty("claimDate").setWidth("8rem")
                .setFlexGrow(0);
        grid.addComponentColumn(ClaimsView::rating).setHeader("Rating").setSortProperty("rating").setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addColumn(summary -> Labels.of(summary.status())).setHeader("Status").setSortProperty("status")
                .setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(summary -> Labels.of(summary.checkWorthiness())).setHeader("Check-worthiness")
                .setSortProperty("checkWorthiness").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(ClaimSummary::appearances).setHeader("Appearances").setWidth("7rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Each page is read after the last claim of the one before (keyset), not at an offset.
        ClaimScroll scroll = new ClaimScroll(claims);
        grid.setItems(query -> scroll.page(filter(), VaadinSpringDataHelpers.toSpringDataSort(query),
                query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("claims/" + click.getItem().id())));
        count.addClassName("claims-count");
        this.claims = claims;
        text.addValueChangeListener(change -> refresh());
        status.addValueChangeListener(change -> refresh());
        rating.addValueChangeListener(change -> refresh());
        entity.addValueChangeListener(change -> refresh());
        source.addValueChangeListener(change -> refresh());
        checkWorthiness.addValueChangeListener(change -> refresh());
        claimedFrom.addValueChangeListener(change -> refresh());
        claimedTo.addValueChangeListener(change -> refresh());
        add(new H2("Claims"), filters, count, grid);
        showCount();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        query.getSingleParameter("status").flatMap(value -> java.util.Arrays.stream(ClaimStatus.values())
                .filter(candidate -> candidate.name().equals(value)).findFirst()).ifPresent(status::setValue);
        query.getSingleParameter("entity").flatMap(ClaimsView::number).flatMap(entities::find).ifPresent(entity::setValue);
        query.getSingleParameter("source").flatMap(ClaimsView::number).flatMap(sources::summary)
                .ifPresent(source::setValue);
    }

    ClaimFilter filter() {
        return new ClaimFilter(text.getValue(), status.getValue(), rating.getValue(),
                entity.getValue() == null ? null : entity.getValue().getId(),
                source.getValue() == null ? null : source.getValue().id(), checkWorthiness.getValue(), null,
                claimedFrom.getValue(), claimedTo.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showCount();
    }

    private void showCount() {
        ClaimCount selected = claims.count(filter());
        count.setText(selected.shown() + (selected.claims() == 1 && selected.exact() ? " claim" : " claims"));
    }

    /**
     * The rating, marked when it is not (or no longer) what the public sees: a draft or a rating in
     * review is the desk's work in progress, a retracted one stands no more.
     */
    static Span rating(ClaimSummary claim) {
        Span rating = new Span(claim.rating() == null ? "" : claim.rating());
        if (claim.rating() != null && claim.status() != ClaimStatus.PUBLISHED) {
            Span marker = new Span(switch (claim.status()) {
                case DRAFT_VERDICT -> "draft";
                case IN_REVIEW -> "in review";
                case RETRACTED -> "retracted";
                default -> "not published";
            });
            marker.addClassName("rating-not-final");
            rating.add(new Text(" "), marker);
            rating.getElement().setAttribute("title", "Not published: " + marker.getText());
        }
        return rating;
    }

    private static Span claimText(ClaimSummary claim) {
        Span text = new Span(claim.text());
        text.getElement().setAttribute("dir", "auto");
        return text;
    }

    private static Optional<Long> number(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
