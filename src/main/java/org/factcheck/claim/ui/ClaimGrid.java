package org.factcheck.claim.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import org.factcheck.base.ui.DueDateMark;
import org.factcheck.base.ui.Labels;
import org.factcheck.claim.ClaimStatus;
import org.factcheck.claim.ClaimSummary;

/**
 * The claims grid's columns: the claim, who made it and when, its rating and status, when it is due (marked
 * when overdue), and where it appears.
 */
class ClaimGrid extends Grid<ClaimSummary> {

    ClaimGrid() {
        // Fixed widths, with the claim taking what is left: narrow screens scroll sideways instead of
        // squeezing the claim into a column of single words. In rem, not em: header cells are set in a
        // smaller font than body cells, so em gave each a different width and the headers drifted off
        // their columns (Rating's values under Status at 1280 px).
        addComponentColumn(ClaimGrid::claimText).setHeader("Claim").setSortProperty("text")
                .setWidth("22rem").setFlexGrow(4);
        addColumn(ClaimSummary::claimant).setHeader("Claimant").setWidth("10rem").setFlexGrow(1);
        addColumn(ClaimSummary::claimDate).setHeader("Date").setSortProperty("claimDate").setWidth("8rem")
                .setFlexGrow(0);
        addComponentColumn(ClaimGrid::rating).setHeader("Rating").setSortProperty("rating").setWidth("8.5rem")
                .setFlexGrow(0);
        addColumn(summary -> Labels.of(summary.status())).setHeader("Status").setSortProperty("status")
                .setWidth("8.5rem").setFlexGrow(0);
        addColumn(summary -> Labels.of(summary.checkWorthiness())).setHeader("Check-worthiness")
                .setSortProperty("checkWorthiness").setWidth("8rem").setFlexGrow(0);
        addComponentColumn(claim -> DueDateMark.of(claim.dueDate(), claim.overdue())).setHeader("Due")
                .setSortProperty("dueDate").setWidth("9rem").setFlexGrow(0);
        addColumn(ClaimSummary::appearances).setHeader("Appearances").setWidth("7rem").setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
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
}
