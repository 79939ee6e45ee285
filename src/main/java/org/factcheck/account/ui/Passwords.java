package org.factcheck.account.ui;

import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import org.factcheck.account.ReviewerService;

/** The new-password field of the account forms, checked by the same length rule the service enforces. */
final class Passwords {

    private Passwords() {
    }

    /** A password field in the binder: a short password gets its message next to the field on validation. */
    static PasswordField field(Binder<?> binder, String label) {
        PasswordField password = new PasswordField(label);
        password.setHelperText("At least " + ReviewerService.MIN_PASSWORD_LENGTH + " characters; a passphrase is best");
        password.setRevealButtonVisible(true);
        // Only hashes are stored, so nothing is read into the field, and the form passes its value to the service itself.
        binder.forField(password)
                .withValidator(ReviewerService::isStrong, "Use at least " + ReviewerService.MIN_PASSWORD_LENGTH + " characters")
                .bind(account -> "", (account, value) -> { });
        return password;
    }
}
