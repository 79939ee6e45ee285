package org.factcheck.claim.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.factcheck.claim.ClaimService;
import org.factcheck.claim.ClaimSummary;

/** Every claim, loaded page by page. */
@Route("claims")
@PageTitle("Claims · Fact-check database")
@Menu(title = "Claims", order = 2, icon = "vaadin:comment-ellipsis-o")
@PermitAll
class ClaimsView extends Main {

    final Grid<ClaimSummary> grid = new Grid<>();

    ClaimsView(ClaimService claims) {
        addClassName("list-view");
        grid.addColumn(ClaimSummary::text).setHeader("Claim").setSortProperty("text").setFlexGrow(4);
        grid.addColumn(ClaimSummary::claimant).setHeader("Claimant").setFlexGrow(1);
        grid.addColumn(ClaimSummary::claimDate).setHeader("Date").setSortProperty("claimDate").setAutoWidth(true);
        grid.addColumn(ClaimSummary::checkWorthiness).setHeader("Check-worthiness")
                .setSortProperty("checkWorthiness").setAutoWidth(true);
        grid.addColumn(ClaimSummary::status).setHeader("Status").setSortProperty("status").setAutoWidth(true);
        grid.addColumn(ClaimSummary::appearances).setHeader("Appearances").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItemsPageable(claims::list);
        add(new H2("Claims"), grid);
    }
}
