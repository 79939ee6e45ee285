package org.factcheck.history.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.factcheck.base.KeysetScroll;
import org.factcheck.base.ui.Labels;
import org.factcheck.history.ActivityEntry;
import org.factcheck.history.ActivityFilter;
import org.factcheck.history.HistoryService;
import org.factcheck.history.RecordType;

/**
 * The desk's activity: every record every revision changed, newest first, filtered by reviewer,
 * kind of record and day; each row opens the page that shows the record. Scrolling reads each page
 * after the last line shown (by key), so years of history scroll as fast as the first page.
 */
@Route("activity")
@PageTitle("Activity · Fact-check database")
@Menu(title = "Activity", order = 5, icon = "vaadin:time-backward")
@PermitAll
class ActivityView extends Main {

    final ComboBox<String> reviewer = new ComboBox<>("Reviewer");
    final Select<RecordType> type = new Select<>();
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Grid<ActivityEntry> grid = new Grid<>();

    ActivityView(HistoryService history) {
        addClassName("list-view");
        reviewer.setItems(history.reviewers());
        reviewer.setClearButtonVisible(true);
        type.setLabel("Record");
        type.setItems(RecordType.values());
        type.setItemLabelGenerator(recordType -> recordType == null ? "" : recordType.label());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("Any");
        from.setClearButtonVisible(true);
        from.setHelperText("Days in UTC");
        to.setClearButtonVisible(true);
        HorizontalLayout filters = new HorizontalLayout(reviewer, type, from, to);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(entry -> Labels.of(entry.revisedAt())).setHeader("When").setWidth("13rem").setFlexGrow(0);
        grid.addColumn(ActivityEntry::reviewer).setHeader("Who").setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(ActivityView::record).setHeader("Record").setWidth("18rem").setFlexGrow(3);
        grid.addColumn(ActivityView::change).setHeader("Change").setWidth("12rem").setFlexGrow(0);
        grid.addColumn(ActivityEntry::reason).setHeader("Reason").setWidth("8rem").setFlexGrow(1);
        grid.addColumn(ActivityEntry::revision).setHeader("Revision").setWidth("7rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        KeysetScroll<ActivityEntry> scroll = new KeysetScroll<>();
        grid.setItems(query -> scroll.page(filter(), query.getOffset(), query.getLimit(), (after, offset, limit) -> {
            List<ActivityEntry> lines = history.activity(filter(), after, offset, limit);
            return new KeysetScroll.Page<>(lines, lines.isEmpty() ? null : lines.getLast());
        }).stream());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(click.getItem().page())));
        reviewer.addValueChangeListener(change -> refresh());
        type.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        add(new H2("Activity"), filters, grid);
    }

    /** The kind of record and its name then (shortened), linking to its page. */
    private static Anchor record(ActivityEntry entry) {
        String name = entry.name() == null ? "#" + entry.recordId()
                : entry.name().length() > 90 ? entry.name().substring(0, 89) + "…" : entry.name();
        Anchor link = new Anchor(entry.page(), entry.type().label() + ": " + name);
        link.getElement().setAttribute("dir", "auto");
        return link;
    }

    private static String change(ActivityEntry entry) {
        return Labels.of(entry.change()) + (entry.alsoChanged().isEmpty() ? "" : ", with " + entry.alsoChanged());
    }

    ActivityFilter filter() {
        return new ActivityFilter(reviewer.getValue(), type.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
