package org.factcheck;

import java.util.function.Supplier;
import org.factcheck.account.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Someone at another desk: does their work signed in as themselves, with their role (and the roles
 * it includes), while a test's own user waits; for tests where people take turns on one record.
 */
public final class Colleague {

    private Colleague() {
    }

    /** Works as an admin. */
    public static <T> T as(String username, Supplier<T> work) {
        return as(username, Role.ADMIN, work);
    }

    public static <T> T as(String username, Role role, Supplier<T> work) {
        SecurityContext mine = SecurityContextHolder.getContext();
        SecurityContext theirs = SecurityContextHolder.createEmptyContext();
        theirs.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                role.included().stream().map(included -> new SimpleGrantedAuthority("ROLE_" + included.name())).toList()));
        SecurityContextHolder.setContext(theirs);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(mine);
        }
    }

    public static void as(String username, Role role, Runnable work) {
        as(username, role, () -> {
            work.run();
            return null;
        });
    }
}
