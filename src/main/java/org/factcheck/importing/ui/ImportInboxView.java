package org.factcheck.importing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.factcheck.importing.ImportService;
import org.factcheck.importing.InboxEntry;

/**
 * Every imported source with candidate claims still to decide, the oldest first, whoever imported
 * it: a colleague picks up an import where it was left.
 */
@Route("imports")
@PageTitle("Import inbox · Fact-check database")
@Menu(title = "Import inbox", order = 1.3, icon = "vaadin:inbox")
@PermitAll
class ImportInboxView extends Main {

    final Grid<InboxEntry> grid = new Grid<>();

    ImportInboxView(ImportService imports) {
        addClassName("import-inbox");
        List<InboxEntry> inbox = imports.inbox();
        grid.addComponentColumn(entry -> new Anchor("import/" + entry.sourceId(), entry.title()))
                .setHeader("Source").setFlexGrow(3);
        grid.addColumn(InboxEntry::outlet).setHeader("Outlet");
        grid.addColumn(entry -> entry.toDecide() + " of " + entry.candidates()).setHeader("To decide");
        grid.addColumn(InboxEntry::importedBy).setHeader("Imported by");
        grid.addColumn(entry -> age(entry.importedAt())).setHeader("Imported");
        grid.setItems(inbox);
        grid.setAllRowsVisible(true);
        add(new H2("Import inbox"), new Paragraph(inbox.isEmpty()
                ? "Every candidate claim of every import is decided."
                : inbox.size() + " imported sources have candidate claims to accept or dismiss; open one to decide them."),
                grid);
    }

    /** "3 days ago", "2 hours ago", "just now". */
    static String age(Instant since) {
        Duration age = Duration.between(since, Instant.now());
        if (age.toDays() > 0) {
            return age.toDays() + (age.toDays() == 1 ? " day ago" : " days ago");
        }
        if (age.toHours() > 0) {
            return age.toHours() + (age.toHours() == 1 ? " hour ago" : " hours ago");
        }
        return age.toMinutes() > 0 ? age.toMinutes() + " min ago" : "just now";
    }
}
