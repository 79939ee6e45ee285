package org.factcheck.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt, before any password is checked, while {@link SignInThrottle} holds its
 * username or address back: the login form is sent back to the login page, which says how long to
 * wait; an HTTP Basic client gets 429 with Retry-After. Not a bean: it runs only in the chains that
 * sign in.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    static final String LOGIN_PATH = "/login";

    private final SignInThrottle throttle;
    private final BasicAuthenticationConverter basic = new BasicAuthenticationConverter();

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> refusal = attemptedUsername(request)
                .flatMap(username -> throttle.refusal(username, request.getRemoteAddr()));
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long minutes = Math.max(1, (refusal.get().toSeconds() + 59) / 60);
        if (isLoginForm(request)) {
            response.sendRedirect(request.getContextPath() + LOGIN_PATH + "?" + SignInThrottling.THROTTLED_PARAMETER + "=" + minutes);
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, refusal.get().toSeconds())));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                + "\"detail\":\"" + SignInThrottling.message(minutes) + "\"}");
    }

    private Optional<String> attemptedUsername(HttpServletRequest request) {
        if (isLoginForm(request)) {
            return Optional.ofNullable(request.getParameter("username"));
        }
        try {
            UsernamePasswordAuthenticationToken credentials = basic.convert(request);
            return Optional.ofNullable(credentials).map(UsernamePasswordAuthenticationToken::getName);
        } catch (AuthenticationException malformed) {
            return Optional.empty(); // the Basic filter itself refuses it
        }
    }

    /**
     * Whether Spring Security takes this request as the login form: matched as its form login matches it
     * (decoded and normalised), so {@code /log%69n} or {@code /%6Cogin} is the login form here too.
     */
    static boolean isLoginForm(HttpServletRequest request) {
        return LOGIN_FORM.matches(request);
    }

    private static final RequestMatcher LOGIN_FORM = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGIN_PATH);
}
