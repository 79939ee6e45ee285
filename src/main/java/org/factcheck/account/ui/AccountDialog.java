package org.factcheck.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factcheck.account.Reviewer;
import org.factcheck.account.ReviewerService;
import org.factcheck.account.Role;
import org.factcheck.base.ui.ConflictDialog;
import org.factcheck.base.ui.FormBinder;
import org.factcheck.base.ui.Saving;
import org.factcheck.base.ui.UnsavedChanges;

/** Creates an account, or changes an account's display name, email and role. */
class AccountDialog extends Dialog {

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Display name");
    final EmailField email = new EmailField("Email");
    final Select<Role> role = new Select<>();
    /** The initial password; a form for an existing account has none. */
    final PasswordField password;
    final Button save;

    private final ReviewerService reviewers;
    private final FormBinder<Reviewer> binder = new FormBinder<>(Reviewer.class);
    private Runnable saved = () -> { };
    /** The account as loaded when the form opened: a save checks its version, so a stale form cannot overwrite. */
    private Reviewer account;

    /** The form for a new account. */
    AccountDialog(ReviewerService reviewers) {
        this(reviewers, new Reviewer());
    }

    /** The form for an existing account, loaded just now. */
    AccountDialog(ReviewerService reviewers, Reviewer account) {
        this.reviewers = reviewers;
        this.account = account;
        boolean creating = account.isNew();
        setHeaderTitle(creating ? "New account" : "Account " + account.getUsername());
        setCloseOnOutsideClick(false);
        setWidth("min(36rem, 95vw)");

        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(AccountDialog::describe);
        FormLayout form = new FormLayout(username, displayName, email, role);
        if (creating) {
            binder.forField(username)
                    .withValidator(name -> reviewers.findByUsername(name).isEmpty(), "This username is taken: choose another")
                    .bind("username");
            password = Passwords.field(binder, "Initial password");
            form.add(password);
        } else {
            username.setValue(account.getUsername());
            username.setReadOnly(true);
            username.setHelperText("Revisions name reviewers by it, so it never changes");
            password = null;
        }
        binder.forField(displayName).bind("displayName");
        username.setRequiredIndicatorVisible(true);
        displayName.setRequiredIndicatorVisible(true);
        binder.forField(email).withNullRepresentation("").bind("email");
        binder.forField(role).bind("role");
        if (!creating && ReviewerService.isOwn(account)) {
            // The service refuses it too; here the admin sees why before trying.
            role.setReadOnly(true);
            role.setHelperText("Another admin must change your role, so the desk always keeps one.");
        }
        binder.readBean(account);
        binder.addValueChangeListener(change -> UnsavedChanges.browserWarning(binder.hasChanges()));
        add(form);

        save = new Button(creating ? "Create account" : "Save", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    boolean hasChanges() {
        return binder.hasChanges();
    }

    void onSaved(Runnable whenSaved) {
        saved = whenSaved;
    }

    private void save() {
        if (!binder.writeBeanIfValid(account)) {
            return;
        }
        Saving.attempt(() -> account.isNew() ? reviewers.create(account, password.getValue()) : reviewers.update(account),
                this::showConflict).ifPresent(result -> {
                    close();
                    saved.run();
                });
    }

    /** Another admin saved this account after the form loaded it: show both versions, overwrite nothing. */
    private void showConflict() {
        reviewers.find(account.getId()).ifPresent(current -> new ConflictDialog("this account", current.getUpdatedBy(),
                fieldsOf(account), fieldsOf(current), () -> {
                    account = current;
                    binder.readBean(current);
                }).open());
    }

    private static Map<String, String> fieldsOf(Reviewer reviewer) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Display name", reviewer.getDisplayName());
        fields.put("Email", reviewer.getEmail());
        fields.put("Role", describe(reviewer.getRole()));
        fields.put("Status", reviewer.isEnabled() ? "Active" : "Disabled");
        return fields;
    }

    private static String describe(Role role) {
        return switch (role) {
            case REVIEWER -> "Reviewer: claims, entities, evidence, draft verdicts";
            case EDITOR -> "Editor: also sources and publishing";
            case ADMIN -> "Admin: also accounts";
        };
    }
}
