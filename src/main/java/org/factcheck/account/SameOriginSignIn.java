package org.factcheck.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in posted from another site (login CSRF: a page elsewhere signing the reviewer's browser
 * in to an account of the attacker's, so that what they then enter lands there). Vaadin's login form
 * carries no CSRF token, so the browser's own word is used: {@code Sec-Fetch-Site}, which every current
 * browser sends, or else {@code Origin}, which it sends with any cross-site POST.
 */
class SameOriginSignIn extends OncePerRequestFilter {

    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SignInThrottleFilter.isLoginForm(request) && fromAnotherSite(request)) {
            response.sendError(HttpStatus.FORBIDDEN.value(), "A sign-in must come from this site's own login page.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean fromAnotherSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !OWN_SITE.contains(fetchSite);
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return false; // not a browser's cross-site POST: those always carry one of the two
        }
        try {
            URI from = URI.create(origin);
            String host = request.getHeader(HttpHeaders.HOST);
            return from.getAuthority() == null || !from.getAuthority().equalsIgnoreCase(host);
        } catch (IllegalArgumentException notAnOrigin) {
            return true;
        }
    }
}
