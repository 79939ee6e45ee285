package org.factcheck.account;

import java.util.List;
import java.util.Optional;
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
        return reviewers.findAll();
    }

    boolean noAccountsYet() {
        return reviewers.count() == 0;
    }

    /** Creates an account; callers outside this package need the ADMIN role. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Reviewer create(Reviewer reviewer, String password) {
        return createAccount(reviewer, password);
    }

    @Transactional
    Reviewer createAccount(Reviewer reviewer, String password) {
        reviewer.setPasswordHash(passwordEncoder.encode(requireStrong(password)));
        return reviewers.save(reviewer);
    }

    private static String requireStrong(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException(
                    "The password must have at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        return password;
    }
}
