package org.factcheck.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.factcheck.base.FilterProblems;
import org.factcheck.database.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session keeps the rights its account had at sign-in; an admin who disables or demotes the account
 * means it at once. So on every signed-in request the account is looked up again (one indexed query), and
 * a session whose account is gone, disabled or has other roles now is ended: the request goes on as
 * anonymous (the login page, 401), and the next sign-in gets the account's current rights.
 */
class CurrentRights extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CurrentRights.class);

    private final ReviewerService reviewers;
    private final FilterProblems problems;

    CurrentRights(ReviewerService reviewers, FilterProblems problems) {
        this.reviewers = reviewers;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        boolean holds;
        try {
            holds = signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken
                    || stillHolds(signedIn);
        } catch (RuntimeException failure) {
            // The account cannot be looked up while the database is unreachable: a 503 like every other answer then.
            if (DatabaseUnavailable.isUnreachable(failure)) {
                DatabaseUnavailable.answer(response, problems);
                return;
            }
            throw failure;
        }
        if (!holds) {
            log.info("Ended a session of '{}': the account was disabled or its role changed", signedIn.getName());
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    // Only the roles: signing in adds authorities of its own (the factor used, FACTOR_PASSWORD).
    private static Set<String> roles(Collection<? extends GrantedAuthority> authorities) {
        return AuthorityUtils.authorityListToSet(authorities).stream()
                .filter(authority -> authority.startsWith("ROLE_")).collect(Collectors.toSet());
    }

    private boolean stillHolds(Authentication signedIn) {
        try {
            UserDetails account = reviewers.loadUserByUsername(signedIn.getName());
            return account.isEnabled() && roles(account.getAuthorities()).equals(roles(signedIn.getAuthorities()));
        } catch (UsernameNotFoundException gone) {
            return false;
        }
    }
}
