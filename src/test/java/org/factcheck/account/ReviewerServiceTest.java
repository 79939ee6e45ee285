package org.factcheck.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factcheck.account.AccountFixtures.PASSWORD;
import static org.factcheck.account.AccountFixtures.account;
import static org.factcheck.account.AccountFixtures.newAccount;

import org.factcheck.AppTest;
import org.factcheck.base.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

/** Managing accounts, through the real database. Signed in as the first admin unless a test says otherwise. */
@AppTest
@WithMockUser(username = "admin", roles = {"ADMIN", "EDITOR", "REVIEWER"})
class ReviewerServiceTest {

    @Autowired
    ReviewerService reviewers;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void an_admin_creates_an_account_that_signs_in_with_its_role_and_the_roles_below() {
        Reviewer created = account(reviewers, Role.EDITOR);

        var signIn = reviewers.loadUserByUsername(created.getUsername());
        assertThat(passwordEncoder.matches(PASSWORD, signIn.getPassword())).isTrue();
        assertThat(signIn.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_EDITOR", "ROLE_REVIEWER");
    }

    @Test
    void a_password_shorter_than_12_characters_is_refused() {
        assertThatThrownBy(() -> reviewers.create(newAccount(Role.REVIEWER), "short-11-ch"))
                .isInstanceOf(Refusal.class).hasMessageContaining("at least 12 characters");
        Reviewer created = account(reviewers, Role.REVIEWER);
        assertThatThrownBy(() -> reviewers.resetPassword(created.getId(), "short-11-ch"))
                .isInstanceOf(Refusal.class).hasMessageContaining("at least 12 characters");
    }

    @Test
    void a_taken_username_is_refused() {
        assertThatThrownBy(() -> reviewers.create(new Reviewer("admin", "Another admin", Role.ADMIN), PASSWORD))
                .isInstanceOf(Refusal.class).hasMessageContaining("admin is taken");
    }

    @Test
    void a_disabled_account_cannot_sign_in_until_it_is_enabled_again() {
        Reviewer created = account(reviewers, Role.REVIEWER);

        reviewers.setEnabled(created.getId(), false);
        assertThat(reviewers.loadUserByUsername(created.getUsername()).isEnabled()).isFalse();

        reviewers.setEnabled(created.getId(), true);
        assertThat(reviewers.loadUserByUsername(created.getUsername()).isEnabled()).isTrue();
    }

    @Test
    void a_reset_password_replaces_the_old_one() {
        Reviewer created = account(reviewers, Role.REVIEWER);

        reviewers.resetPassword(created.getId(), "the new and longer passphrase");

        String hash = reviewers.loadUserByUsername(created.getUsername()).getPassword();
        assertThat(passwordEncoder.matches("the new and longer passphrase", hash)).isTrue();
        assertThat(passwordEncoder.matches(PASSWORD, hash)).isFalse();
    }

    @Test
    void an_admin_changes_another_accounts_role() {
        Reviewer created = account(reviewers, Role.REVIEWER);
        Reviewer loaded = reviewers.find(created.getId()).orElseThrow();

        loaded.setRole(Role.ADMIN);
        reviewers.update(loaded);

        assertThat(reviewers.find(created.getId()).orElseThrow().getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    void an_admin_can_neither_disable_their_own_account_nor_drop_their_own_admin_role() {
        Reviewer me = reviewers.findByUsername("admin").orElseThrow();

        assertThatThrownBy(() -> reviewers.setEnabled(me.getId(), false))
                .isInstanceOf(Refusal.class).hasMessageContaining("cannot disable your own account");
        me.setRole(Role.EDITOR);
        assertThatThrownBy(() -> reviewers.update(me))
                .isInstanceOf(Refusal.class).hasMessageContaining("remove your own ADMIN role");

        Reviewer after = reviewers.findByUsername("admin").orElseThrow();
        assertThat(after.isEnabled()).isTrue();
        assertThat(after.getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    void saving_an_account_loaded_before_another_admin_saved_it_is_refused() {
        long id = account(reviewers, Role.REVIEWER).getId();
        Reviewer mine = reviewers.find(id).orElseThrow();
        Reviewer theirs = reviewers.find(id).orElseThrow();
        theirs.setRole(Role.EDITOR);
        reviewers.update(theirs);

        mine.setDisplayName("Someone else entirely");

        assertThatThrownBy(() -> reviewers.update(mine)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(reviewers.find(id).orElseThrow().getRole()).isEqualTo(Role.EDITOR);
    }

    @Test
    void the_username_of_an_existing_account_never_changes() {
        Reviewer created = account(reviewers, Role.REVIEWER);

        assertThatThrownBy(() -> created.setUsername("renamed")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @WithMockUser(username = "editor", roles = {"EDITOR", "REVIEWER"})
    void reviewers_and_editors_cannot_manage_accounts() {
        Reviewer admin = reviewers.findByUsername("admin").orElseThrow();

        assertThatThrownBy(() -> reviewers.findAll()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviewers.find(admin.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviewers.create(newAccount(Role.ADMIN), PASSWORD)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviewers.update(admin)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviewers.setEnabled(admin.getId(), false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviewers.resetPassword(admin.getId(), PASSWORD)).isInstanceOf(AccessDeniedException.class);
    }
}
