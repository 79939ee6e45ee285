package org.factcheck.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factcheck.account.AccountFixtures.PASSWORD;
import static org.factcheck.account.AccountFixtures.account;
import static org.factcheck.account.AccountFixtures.unusedUsername;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.stream.IntStream;
import org.factcheck.AppTest;
import org.factcheck.Colleague;
import org.factcheck.account.Reviewer;
import org.factcheck.account.ReviewerService;
import org.factcheck.account.Role;
import org.factcheck.base.ui.ConflictDialog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

/** The accounts page, without a browser. Signed in as the first admin unless a test says otherwise. */
@AppTest
@WithMockUser(username = "admin", roles = {"ADMIN", "EDITOR", "REVIEWER"})
class AccountsViewTest extends SpringBrowserlessTest {

    @Autowired
    ReviewerService reviewers;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    @WithMockUser(username = "rana", roles = "REVIEWER")
    void a_reviewer_can_neither_open_accounts_nor_see_them_in_the_navigation() {
        // Vaadin answers as if the page did not exist, so its existence gives nothing away.
        assertThatThrownBy(() -> navigate(AccountsView.class)).hasMessageContaining("RouteNotFoundError");
        navigate("entities", Component.class);
        assertThat(find(SideNavItem.class).from(find(SideNav.class).single()).all()).extracting(SideNavItem::getLabel)
                .contains("Entities").doesNotContain("Accounts");
    }

    @Test
    @WithMockUser(username = "edith", roles = {"EDITOR", "REVIEWER"})
    void an_editor_cannot_open_accounts_either() {
        assertThatThrownBy(() -> navigate(AccountsView.class)).hasMessageContaining("RouteNotFoundError");
    }

    @Test
    void an_admin_sees_every_account_and_accounts_in_the_navigation() {
        AccountsView view = navigate(AccountsView.class);

        assertThat(rowOf(view, "admin")).isNotNegative();
        assertThat(find(SideNavItem.class).from(find(SideNav.class).single()).all()).extracting(SideNavItem::getLabel)
                .contains("Accounts");
    }

    @Test
    void a_new_account_needs_a_well_formed_username_and_a_password_of_12_characters_each_told_next_to_the_field() {
        navigate(AccountsView.class);
        test(find(Button.class).withText("New account").single()).click();
        AccountDialog form = find(AccountDialog.class).single();

        test(form.username).setValue("Not Allowed!");
        test(form.displayName).setValue("Someone");
        test(form.password).setValue("too short");
        test(form.save).click();

        assertThat(form.username.isInvalid()).isTrue();
        assertThat(form.username.getErrorMessage()).startsWith("Use 2 to 64 lower-case letters");
        assertThat(form.password.isInvalid()).isTrue();
        assertThat(form.password.getErrorMessage()).isEqualTo("Use at least 12 characters");
        test(form.username).setValue("admin");
        assertThat(form.username.getErrorMessage()).contains("taken");
        assertThat(form.isOpened()).isTrue();
    }

    @Test
    void an_admin_creates_an_account_that_can_sign_in() {
        AccountsView view = navigate(AccountsView.class);
        String username = unusedUsername();
        test(find(Button.class).withText("New account").single()).click();
        AccountDialog form = find(AccountDialog.class).single();

        test(form.username).setValue(username);
        test(form.displayName).setValue("Layla Hassan");
        test(form.email).setValue("layla@example.org");
        test(form.role).selectItem("Editor: also sources and publishing");
        test(form.password).setValue(PASSWORD);
        test(form.save).click();

        Reviewer created = reviewers.findByUsername(username).orElseThrow();
        assertThat(created.getRole()).isEqualTo(Role.EDITOR);
        assertThat(passwordEncoder.matches(PASSWORD, reviewers.loadUserByUsername(username).getPassword())).isTrue();
        assertThat(rowOf(view, username)).isNotNegative();
        assertThat(form.isOpened()).isFalse();
    }

    @Test
    void an_admin_disables_and_enables_another_account() {
        Reviewer other = account(reviewers, Role.REVIEWER);
        AccountsView view = navigate(AccountsView.class);

        test(action(view, other.getUsername(), "Disable")).click();
        assertThat(reviewers.loadUserByUsername(other.getUsername()).isEnabled()).isFalse();

        test(action(view, other.getUsername(), "Enable")).click();
        assertThat(reviewers.loadUserByUsername(other.getUsername()).isEnabled()).isTrue();
    }

    @Test
    void an_admin_is_kept_from_disabling_their_own_account_or_changing_their_own_role() {
        AccountsView view = navigate(AccountsView.class);

        Button disable = action(view, "admin", "Disable");
        assertThat(disable.isEnabled()).isFalse();
        assertThat(disable.getTooltip().getText()).contains("cannot disable your own account");

        test(action(view, "admin", "Edit")).click();
        AccountDialog form = find(AccountDialog.class).single();
        assertThat(form.role.isReadOnly()).isTrue();
        assertThat(form.role.getHelperText()).contains("Another admin must change your role");
    }

    @Test
    void a_reset_password_is_refused_below_12_characters_and_replaces_the_old_one_otherwise() {
        Reviewer other = account(reviewers, Role.REVIEWER);
        AccountsView view = navigate(AccountsView.class);
        test(action(view, other.getUsername(), "Reset password")).click();
        PasswordDialog dialog = find(PasswordDialog.class).single();

        test(dialog.password).setValue("short");
        test(find(Button.class).withText("Set password").from(dialog).single()).click();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("Use at least 12 characters");

        test(dialog.password).setValue("the new and longer passphrase");
        test(find(Button.class).withText("Set password").from(dialog).single()).click();
        assertThat(passwordEncoder.matches("the new and longer passphrase",
                reviewers.loadUserByUsername(other.getUsername()).getPassword())).isTrue();
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void an_admin_saving_after_another_admin_saved_the_account_gets_the_conflict_dialog_and_overwrites_nothing() {
        Reviewer other = account(reviewers, Role.REVIEWER);
        AccountsView view = navigate(AccountsView.class);
        test(action(view, other.getUsername(), "Edit")).click();
        AccountDialog form = find(AccountDialog.class).single();
        Colleague.as("omar", () -> {
            Reviewer theirs = reviewers.find(other.getId()).orElseThrow();
            theirs.setRole(Role.EDITOR);
            return reviewers.update(theirs);
        });

        test(form.displayName).setValue("A new display name");
        test(form.save).click();

        ConflictDialog conflict = find(ConflictDialog.class).single();
        assertThat(find(Paragraph.class).from(conflict).single().getText()).startsWith("omar saved this account");
        Reviewer saved = reviewers.find(other.getId()).orElseThrow();
        assertThat(saved.getRole()).isEqualTo(Role.EDITOR);
        assertThat(saved.getDisplayName()).isEqualTo(other.getDisplayName());

        test(find(Button.class).withText("Reload saved version").single()).click();
        assertThat(form.role.getValue()).isEqualTo(Role.EDITOR);
        assertThat(form.displayName.getValue()).isEqualTo(other.getDisplayName());
    }

    private int rowOf(AccountsView view, String username) {
        return IntStream.range(0, test(view.grid).size())
                .filter(row -> test(view.grid).getRow(row).getUsername().equals(username)).findFirst().orElse(-1);
    }

    private Button action(AccountsView view, String username, String action) {
        HorizontalLayout actions = (HorizontalLayout) test(view.grid).getCellComponent(rowOf(view, username), 5);
        return find(Button.class).withText(action).from(actions).single();
    }
}
