package org.factcheck.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import org.factcheck.base.ui.DueDateMark;
import org.factcheck.base.ui.Labels;
import org.factcheck.claim.ClaimSummary;
import org.factcheck.verdict.VerdictStatus;

/** A short titled list of claims with where each stands and when it is due; a row opens the claim. */
final class ClaimList {

    private ClaimList() {
    }

    static Component of(String title, List<ClaimSummary> items, String whenEmpty) {
        return of(new H3(title), items, whenEmpty);
    }

    static Component of(Component title, List<ClaimSummary> items, String whenEmpty) {
        Grid<ClaimSummary> grid = new Grid<>();
        grid.addColumn(ClaimSummary::text).setHeader("Claim").setFlexGrow(4);
        grid.addColumn(summary -> Labels.of(summary.status())).setHeader("Status").setAutoWidth(true);
        grid.addColumn(summary -> summary.verdictStatus() == null ? "No verdict"
                : Labels.of(VerdictStatus.valueOf(summary.verdictStatus()))).setHeader("Verdict").setAutoWidth(true);
        grid.addColumn(ClaimSummary::rating).setHeader("Rating").setAutoWidth(true);
        grid.addComponentColumn(summary -> DueDateMark.of(summary.dueDate(), summary.overdue())).setHeader("Due")
                .setAutoWidth(true);
        grid.addColumn(summary -> Labels.of(summary.updatedAt())).setHeader("Changed").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(whenEmpty);
        grid.addItemClickListener(click -> grid.getUI().ifPresent(ui -> ui.navigate("claims/" + click.getItem().id())));
        return new Div(title, grid);
    }
}
