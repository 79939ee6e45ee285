package org.factcheck;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Another admin at another desk: does their work, signed in as themselves, while a test's own user waits. */
public final class Colleague {

    private Colleague() {
    }

    public static <T> T as(String username, Supplier<T> work) {
        SecurityContext mine = SecurityContextHolder.getContext();
        SecurityContext theirs = SecurityContextHolder.createEmptyContext();
        theirs.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_EDITOR", "ROLE_REVIEWER")));
        SecurityContextHolder.setContext(theirs);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(mine);
        }
    }
}
