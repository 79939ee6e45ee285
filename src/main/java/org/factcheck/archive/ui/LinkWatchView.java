package org.factcheck.archive.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.factcheck.archive.ArchiveService;
import org.factcheck.archive.FlaggedEvidence;
import org.factcheck.base.Words;

/** The editors' list of evidence whose live page the link watch found gone or changed, the newest flags first. */
@Route("link-watch")
@PageTitle("Link watch · Fact-check database")
@Menu(title = "Link watch", order = 6, icon = "vaadin:unlink")
@RolesAllowed("EDITOR")
class LinkWatchView extends Main {

    final Grid<FlaggedEvidence> grid = new Grid<>();

    LinkWatchView(ArchiveService archive) {
        addClassName("link-watch");
        List<FlaggedEvidence> flagged = archive.flaggedEvidence();
        grid.addComponentColumn(item -> new Anchor("claims/" + item.claimId(), item.claimText())).setHeader("Claim").setFlexGrow(2);
        grid.addComponentColumn(item -> {
            Anchor page = new Anchor(item.check().url(), item.check().url());
            page.setTarget("_blank");
            page.getElement().setAttribute("rel", "noopener noreferrer");
            return page;
        }).setHeader("Cited page").setFlexGrow(2);
        grid.addColumn(item -> item.check().detail()).setHeader("Found").setFlexGrow(2);
        grid.addColumn(item -> Words.of(item.check().flaggedSince())).setHeader("Flagged since").setAutoWidth(true);
        grid.addColumn(item -> Words.of(item.check().checkedAt())).setHeader("Last checked").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(flagged);
        add(new H2("Link watch"), new Paragraph(flagged.isEmpty()
                ? "No cited page is flagged: every page checked answered and still holds its quote."
                : flagged.size() + " items of evidence cite a page that is gone or no longer holds the quote. The archived"
                        + " copy still stands; consider a correction if the change matters."), grid);
    }
}
