package org.factcheck.account;

import java.util.List;
import java.util.Optional;
import org.factcheck.base.Refusal;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reviewer accounts: signing in, and (for admins) creating and managing accounts. */
@Service
@Transactional(readOnly = true)
public class ReviewerService implements UserDetailsService {

    /** Shorter passwords are refused: they fall to guessing too easily. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private final ReviewerRepository reviewers;
    private final PasswordEncoder passwordEncoder;

    ReviewerService(ReviewerRepository reviewers, PasswordEncoder passwordEncoder) {
        this.reviewers = reviewers;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Reviewer reviewer = reviewers.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
        return User.withUsername(reviewer.getUsername())
                .password(reviewer.getPasswordHash())
                .disabled(!reviewer.isEnabled())
                .authorities(reviewer.getRole().included().stream()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                        .toList())
                .build();
    }

    /** An account, with its password hash: for those signed in only (signing in itself uses loadUserByUsername). */
    @PreAuthorize("hasRole('REVIEWER')")
    public Optional<Reviewer> findByUsername(String username) {
        return reviewers.findByUsername(username);
    }

    /** The enabled accounts a claim can be assigned to. */
    @PreAuthorize("hasRole('REVIEWER')")
    public List<Reviewer> assignable() {
        return reviewers.findByEnabledTrueOrderByDisplayName();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<Reviewer> findAll() {
        return reviewers.findAll(Sort.by("username"));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Optional<Reviewer> find(long id) {
        return reviewers.findById(id);
    }

    boolean noAccountsYet() {
        return reviewers.count() == 0;
    }

    /** Creates an account; callers outside this package need the ADMIN role. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Reviewer create(Reviewer reviewer, String password) {
        if (reviewers.findByUsername(reviewer.getUsername()).isPresent()) {
            throw new Refusal("The username " + reviewer.getUsername() + " is taken: choose another.");
        }
        return createAccount(reviewer, password);
    }

    @Transactional
    Reviewer createAccount(Reviewer reviewer, String password) {
        reviewer.setPasswordHash(passwordEncoder.encode(requireStrong(password)));
        return reviewers.save(reviewer);
    }

    /**
     * Saves an account's display name, email and role. An account loaded earlier and saved after
     * someone else saved it fails with an optimistic locking failure instead of overwriting them.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Reviewer update(Reviewer reviewer) {
        return reviewers.save(refuseLockingOut(reviewer));
    }

    /** Lets the account sign in again, or stops it from signing in; nothing else about it changes. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Reviewer setEnabled(long id, boolean enabled) {
        Reviewer reviewer = reviewers.findById(id).orElseThrow(() -> gone(id));
        reviewer.setEnabled(enabled);
        return refuseLockingOut(reviewer);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Reviewer resetPassword(long id, String password) {
        Reviewer reviewer = reviewers.findById(id).orElseThrow(() -> gone(id));
        reviewer.setPasswordHash(passwordEncoder.encode(requireStrong(password)));
        return reviewer;
    }

    /** Whether this account is the signed-in admin's own, whose role and sign-in they cannot take away. */
    public static boolean isOwn(Reviewer reviewer) {
        return reviewer.getUsername().equals(CurrentReviewer.username());
    }

    /** An admin who disabled their own account or dropped their own ADMIN role could lock the desk out. */
    private static Reviewer refuseLockingOut(Reviewer reviewer) {
        if (isOwn(reviewer) && (!reviewer.isEnabled() || reviewer.getRole() != Role.ADMIN)) {
            throw new Refusal("You cannot disable your own account or remove your own ADMIN role: "
                    + "ask another admin, so the desk always keeps one who can manage accounts.");
        }
        return reviewer;
    }

    private static Refusal gone(long id) {
        return new Refusal("Account " + id + " no longer exists.");
    }

    private static String requireStrong(String password) {
        if (!isStrong(password)) {
            throw new Refusal(
                    "The password must have at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        return password;
    }

    /** Whether a password is long enough to be accepted. */
    public static boolean isStrong(String password) {
        return password != null && password.codePointCount(0, password.length()) >= MIN_PASSWORD_LENGTH;
    }
}
