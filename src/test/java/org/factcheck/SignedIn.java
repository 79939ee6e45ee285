package org.factcheck;

import java.util.function.Supplier;
import org.factcheck.account.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Does some work signed in as a given reviewer with a given role (and the roles it includes), then
 * puts the test's own sign-in back: for tests where two people take turns on one record.
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static <T> T as(String username, Role role, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                role.included().stream().map(included -> new SimpleGrantedAuthority("ROLE_" + included.name())).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void as(String username, Role role, Runnable work) {
        as(username, role, () -> {
            work.run();
            return null;
        });
    }
}
