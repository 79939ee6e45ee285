package org.factcheck.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import org.factcheck.account.Reviewer;
import org.factcheck.account.ReviewerService;
import org.factcheck.base.ui.Saving;

/** Sets a new password for an account, for a reviewer who lost theirs. */
class PasswordDialog extends Dialog {

    private final Binder<Reviewer> binder = new Binder<>();
    final PasswordField password = Passwords.field(binder, "New password");

    PasswordDialog(ReviewerService reviewers, Reviewer reviewer) {
        setHeaderTitle("Reset the password of " + reviewer.getUsername());
        setCloseOnOutsideClick(false);
        password.setWidthFull();
        add(new Paragraph("Tell " + reviewer.getDisplayName() + " the new password by a safe channel."), password);
        Button save = new Button("Set password", click -> {
            if (binder.validate().isOk()) {
                Saving.attempt(() -> reviewers.resetPassword(reviewer.getId(), password.getValue()), this::close)
                        .ifPresent(saved -> close());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
