package org.factcheck.dashboard.ui;

import com.vaadin.flow.component.Component;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factcheck.base.ui.DueDateMark;
import org.factcheck.base.ui.Labels;
import org.factcheck.claim.ClaimFilter;
import org.factcheck.claim.ClaimService;
import org.factcheck.importing.ImportService;
import org.factcheck.importing.InboxEntry;
import org.factcheck.claim.ClaimStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Where the desk's work stands: counts by status ("about N" for the large ones), of overdue claims, and by
 * rating, recent changes, and my assigned claims (overdue marked).
 */
@Route("dashboard")
@PageTitle("Dashboard · Fact-check database")
@Menu(title = "Dashboard", order = 0, icon = "vaadin:dashboard")
@PermitAll
class DashboardView extends Main {

    DashboardView(ClaimService claims, ImportService imports, AuthenticationContext authentication) {
        addClassName("dashboard-view");
        List<InboxEntry> inbox = imports.inbox();
        Div importCounts = tiles("Imports to decide");
        importCounts.add(tile("imported sources with candidates to decide", String.valueOf(inbox.size()), "imports"));
        importCounts.add(tile("candidate claims to decide",
                String.valueOf(inbox.stream().mapToLong(InboxEntry::toDecide).sum()), "imports"));
        Div claimCounts = tiles("Claims by status");
        Map<ClaimStatus, String> byStatus = new EnumMap<>(ClaimStatus.class);
        for (ClaimStatus status : ClaimStatus.values()) {
            byStatus.put(status, claims.count(ClaimFilter.withStatus(status)).shown());
            claimCounts.add(tile(Labels.of(status), byStatus.get(status), "claims?status=" + status.name()));
        }
        claimCounts.add(tile(DueDateMark.OVERDUE, claims.count(ClaimFilter.none().onlyOverdue()).shown(), "claims?overdue"));
        // One verdict per claim, and its status and rating are on the claim (V140): counted there, from
        // indexes, exact for the small numbers and "about N" for the large ones, at any size; the ratings
        // exactly, in one pass over the rating index.
        Div verdictCounts = tiles("Verdicts by status");
        for (ClaimStatus status : ClaimStatus.values()) {
            if (status.followsVerdict()) {
                verdictCounts.add(tile(Labels.of(status), byStatus.get(status), null));
            }
        }
        Div ratingCounts = tiles("Verdicts by rating");
        claims.countByRating().forEach((rating, count) ->
                ratingCounts.add(tile(rating, String.format(Locale.ENGLISH, "%,d", count), null)));
        String me = authentication.getPrincipalName().orElse("");
        add(new H2("Dashboard"), claimCounts, importCounts, verdictCounts, ratingCounts,
                ClaimList.of("Assigned to me", claims.list(ClaimFilter.assignedTo(me), PageRequest.of(0, 20)),
                        "No claims are assigned to you."),
                ClaimList.of("Recently changed claims", claims.list(ClaimFilter.none(),
                        PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "updatedAt"))), "No claims yet."));
    }

    private static Div tiles(String title) {
        Div tiles = new Div(new H3(title));
        tiles.addClassName("tiles");
        return tiles;
    }

    private static Component tile(String label, String count, String link) {
        Span number = new Span(count);
        number.addClassName("tile-number");
        Div tile = new Div(number, new Span(label));
        tile.addClassName("tile");
        if (link != null) {
            tile.addClickListener(click -> tile.getUI().ifPresent(ui -> ui.navigate(link)));
            tile.addClassName("tile-link");
        }
        return tile;
    }
}
