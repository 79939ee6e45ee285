package org.factcheck.source.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import org.factcheck.source.SourceService;
import org.factcheck.source.SourceSummary;

/** Every source, newest first, loaded page by page. */
@Route("sources")
@RouteAlias("")
@PageTitle("Sources · Fact-check database")
@Menu(title = "Sources", order = 1, icon = "vaadin:file-text-o")
@PermitAll
class SourcesView extends Main {

    final Grid<SourceSummary> grid = new Grid<>();

    SourcesView(SourceService sources) {
        addClassName("list-view");
        grid.addColumn(SourceSummary::title).setHeader("Title").setSortProperty("title").setFlexGrow(3);
        grid.addColumn(SourceSummary::outlet).setHeader("Outlet").setSortProperty("outlet").setFlexGrow(1);
        grid.addColumn(SourceSummary::published).setHeader("Published").setSortProperty("publishedOn").setAutoWidth(true);
        grid.addColumn(SourceSummary::language).setHeader("Language").setSortProperty("language").setAutoWidth(true);
        grid.addColumn(SourceSummary::origin).setHeader("Entered as").setSortProperty("origin").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItemsPageable(sources::list);
        add(new H2("Sources"), grid);
    }
}
