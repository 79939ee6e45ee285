package org.factcheck.dashboard.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.factcheck.base.ui.Labels;
import org.factcheck.claim.ClaimCount;
import org.factcheck.claim.ClaimFilter;
import org.factcheck.claim.ClaimService;
import org.factcheck.claim.ClaimSummary;
import org.factcheck.verdict.AwaitingReview;
import org.factcheck.verdict.VerdictService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * What the signed-in reviewer should do next: the claims assigned to them, soonest due first, with where
 * their verdicts stand and how many are overdue, and for editors the verdicts waiting for a second pair of eyes.
 */
@Route("my-work")
@PageTitle("My work · Fact-check database")
@Menu(title = "My work", order = 1.5, icon = "vaadin:clipboard-user")
@PermitAll
class MyWorkView extends Main {

    /** More assigned claims than this is a conversation for the desk, not a list. */
    private static final int SHOWN = 100;

    final Grid<AwaitingReview> awaitingReview = new Grid<>();
    final Span overdue = new Span();

    MyWorkView(ClaimService claims, VerdictService verdicts, AuthenticationContext authentication) {
        addClassName("dashboard-view");
        String me = authentication.getPrincipalName().orElse("");
        // Soonest due first, so the overdue lead; claims without a due date after them.
        List<ClaimSummary> assigned = claims.list(ClaimFilter.assignedTo(me), PageRequest.of(0, SHOWN, Sort.by("dueDate")));
        H3 title = new H3("Claims assigned to me");
        ClaimCount overdueCount = claims.count(ClaimFilter.assignedTo(me).onlyOverdue());
        overdue.setText(overdueCount.shown() + " overdue");
        overdue.addClassName("overdue-count");
        if (overdueCount.claims() > 0) {
            overdue.getElement().setAttribute("theme", "badge error");
        }
        title.add(new Text(" "), overdue);
        add(new H2("My work"), ClaimList.of(title, assigned, "No claims are assigned to you."));
        if (authentication.hasRole("EDITOR")) {
            awaitingReview.addColumn(AwaitingReview::claim).setHeader("Claim").setFlexGrow(4);
            awaitingReview.addColumn(AwaitingReview::rating).setHeader("Rating").setAutoWidth(true);
            awaitingReview.addColumn(AwaitingReview::author).setHeader("Written by").setAutoWidth(true);
            awaitingReview.addColumn(waiting -> Labels.of(waiting.since())).setHeader("Waiting since").setAutoWidth(true);
            awaitingReview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            awaitingReview.setItems(verdicts.awaitingReview());
            awaitingReview.setAllRowsVisible(true);
            awaitingReview.setEmptyStateText("No verdict is waiting for review.");
            awaitingReview.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("claims/" + click.getItem().claimId())));
            add(new Div(new H3("Verdicts waiting for review"), awaitingReview));
        }
    }
}
