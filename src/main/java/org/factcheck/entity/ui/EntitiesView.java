package org.factcheck.entity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.factcheck.base.ui.Labels;
import org.factcheck.entity.EntityFilter;
import org.factcheck.entity.EntityService;
import org.factcheck.entity.EntitySummary;
import org.factcheck.entity.EntityType;

/** Every entity, page by page, filtered by type and by any spelling of its name. */
@Route("entities")
@PageTitle("Entities · Fact-check database")
@Menu(title = "Entities", order = 3, icon = "vaadin:users")
@PermitAll
class EntitiesView extends Main {

    final TextField spelling = new TextField();
    final Select<EntityType> type = EntityTypes.select("Type");
    final Grid<EntitySummary> grid = new Grid<>();

    EntitiesView(EntityService entities) {
        addClassName("list-view");
        spelling.setLabel("Name or alias");
        spelling.setPlaceholder("e.g. Kazimi");
        spelling.setClearButtonVisible(true);
        spelling.setPrefixComponent(VaadinIcon.SEARCH.create());
        spelling.setValueChangeMode(ValueChangeMode.LAZY);
        spelling.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("All types");
        type.setPlaceholder("All types");
        type.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        Button create = new Button("New entity", VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(EntityView.NEW)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(spelling, type, create);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(EntitySummary::name).setKey("name").setHeader("Name").setSortProperty("name").setFlexGrow(2);
        grid.addColumn(summary -> Labels.of(summary.type())).setKey("type").setHeader("Type").setSortProperty("type")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(EntitySummary::aliases).setHeader("Also known as").setFlexGrow(3);
        grid.addColumn(EntitySummary::description).setHeader("Description").setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItemsPageable(page -> entities.list(filter(), page));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(EntityView.pathOf(click.getItem().id()))));
        add(new H2("Entities"), filters, grid);
    }

    private EntityFilter filter() {
        return new EntityFilter(type.getValue(), spelling.getValue());
    }
}
