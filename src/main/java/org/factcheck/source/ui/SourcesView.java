package org.factcheck.source.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.factcheck.source.SourceFilter;
import org.factcheck.source.SourceService;
import org.factcheck.source.SourceSummary;

/** Every source, filterable by outlet, language, date and text, loaded page by page. */
@Route("sources")
@PageTitle("Sources · Fact-check database")
@Menu(title = "Sources", order = 1, icon = "vaadin:file-text-o")
@PermitAll
class SourcesView extends Main {

    final Grid<SourceSummary> grid = new Grid<>();
    final TextField text = new TextField();
    final ComboBox<String> outlet = new ComboBox<>("Outlet");
    final ComboBox<String> language = new ComboBox<>("Language");
    final DatePicker publishedFrom = new DatePicker("Published from");
    final DatePicker publishedTo = new DatePicker("to");
    final Button newSource = new Button("New source", VaadinIcon.PLUS.create());
    // The import feature builds on sources, so its view is reached by its route, not its class.
    final Button importSource = new Button("Import", VaadinIcon.UPLOAD.create(),
            click -> getUI().ifPresent(ui -> ui.navigate("import")));

    SourcesView(SourceService sources, AuthenticationContext authentication) {
        addClassName("list-view");
        text.setLabel("Search");
        text.setPlaceholder("Title, outlet or author");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        outlet.setItems(sources.outlets());
        outlet.setClearButtonVisible(true);
        language.setItems(sources.languages());
        language.setClearButtonVisible(true);
        language.setWidth("8em");
        HorizontalLayout filters = new HorizontalLayout(text, outlet, language, publishedFrom, publishedTo);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(SourceSummary::title).setHeader("Title").setSortProperty("title").setFlexGrow(3)
                .setTooltipGenerator(SourceSummary::title);
        grid.addColumn(SourceSummary::outlet).setHeader("Outlet").setSortProperty("outlet").setFlexGrow(1);
        grid.addColumn(SourceSummary::published).setHeader("Published").setSortProperty("publishedOn").setAutoWidth(true);
        grid.addColumn(SourceSummary::language).setHeader("Language").setSortProperty("language").setAutoWidth(true);
        grid.addColumn(SourceSummary::origin).setHeader("Entered as").setSortProperty("origin").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItemsPageable(page -> sources.list(filter(), page));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(SourceReaderView.class,
                new RouteParameters("id", String.valueOf(click.getItem().id())))));
        text.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        outlet.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        language.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        publishedFrom.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        publishedTo.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        newSource.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newSource.setVisible(authentication.hasRole("EDITOR"));
        newSource.addClickListener(click -> new SourceForm(sources, null, saved -> getUI().ifPresent(ui ->
                ui.navigate(SourceReaderView.class, new RouteParameters("id",
                        String.valueOf(saved.getId())))), () -> { }).open());
        HorizontalLayout header = new HorizontalLayout(new H2("Sources"), new HorizontalLayout(importSource, newSource));
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(header, filters, grid);
    }

    private SourceFilter filter() {
        return new SourceFilter(text.getValue(), outlet.getValue(), language.getValue(), publishedFrom.getValue(),
                publishedTo.getValue());
    }
}
