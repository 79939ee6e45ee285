package org.factcheck.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.factcheck.account.Reviewer;
import org.factcheck.account.ReviewerService;
import org.factcheck.base.ui.Labels;
import org.factcheck.base.ui.Saving;
import org.factcheck.base.ui.UnsavedChanges;

/** The desk's accounts, for admins: create them, change their role, disable them, reset passwords. */
@Route("accounts")
@PageTitle("Accounts · Fact-check database")
@Menu(title = "Accounts", order = 9, icon = "vaadin:key")
@RolesAllowed("ADMIN")
class AccountsView extends Main implements BeforeLeaveObserver {

    final Grid<Reviewer> grid = new Grid<>();

    private final ReviewerService reviewers;
    /** The account form open on the page, if any, so leaving can warn about its unsaved changes. */
    private AccountDialog openForm;

    AccountsView(ReviewerService reviewers) {
        this.reviewers = reviewers;
        addClassName("list-view");
        Button create = new Button("New account", VaadinIcon.PLUS.create(), click -> open(new AccountDialog(reviewers)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2("Accounts"), create);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setWidthFull();

        // Fixed widths for the short columns: auto widths are measured before the action buttons render,
        // and the grid then squeezed Role out of sight.
        grid.addColumn(Reviewer::getUsername).setHeader("Username").setWidth("8rem").setFlexGrow(1);
        grid.addColumn(Reviewer::getDisplayName).setHeader("Display name").setWidth("9rem").setFlexGrow(1);
        grid.addColumn(Reviewer::getEmail).setHeader("Email").setWidth("10rem").setFlexGrow(3);
        grid.addColumn(reviewer -> Labels.of(reviewer.getRole())).setHeader("Role").setWidth("6.5rem").setFlexGrow(0);
        grid.addComponentColumn(AccountsView::status).setHeader("Status").setWidth("6rem").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("Actions").setWidth("14.5rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        refresh();
        add(header, grid);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        UnsavedChanges.confirmLeaving(event, () -> openForm != null && openForm.hasChanges());
    }

    private static Component status(Reviewer reviewer) {
        Span status = new Span(reviewer.isEnabled() ? "Active" : "Disabled");
        status.getElement().setAttribute("theme", reviewer.isEnabled() ? "badge success" : "badge error");
        return status;
    }

    private Component actions(Reviewer reviewer) {
        Button edit = new Button("Edit", click -> reviewers.find(reviewer.getId())
                .ifPresentOrElse(current -> open(new AccountDialog(reviewers, current)), this::refresh));
        Button password = new Button("Reset password", click -> new PasswordDialog(reviewers, reviewer).open());
        Button enable = new Button(reviewer.isEnabled() ? "Disable" : "Enable",
                click -> Saving.attempt(() -> reviewers.setEnabled(reviewer.getId(), !reviewer.isEnabled()), this::refresh)
                        .ifPresent(saved -> refresh()));
        if (ReviewerService.isOwn(reviewer)) {
            // The service refuses it too; here the reviewer sees why before trying.
            enable.setEnabled(false);
            enable.setTooltipText("You cannot disable your own account: another admin can.");
        }
        for (Button action : List.of(edit, password, enable)) {
            action.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        HorizontalLayout actions = new HorizontalLayout(edit, password, enable);
        actions.setSpacing(false);
        return actions;
    }

    private void open(AccountDialog form) {
        openForm = form;
        form.onSaved(this::refresh);
        form.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                openForm = null;
                UnsavedChanges.browserWarning(false);
            }
        });
        form.open();
    }

    private void refresh() {
        grid.setItems(reviewers.findAll());
    }
}
