package org.factcheck.feed;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Answers 429 with Retry-After once a client address has used up its requests. The address is the
 * connection's; behind a reverse proxy set {@code server.forward-headers-strategy=native} (or
 * {@code framework}) so that it is the reader's from X-Forwarded-For, as the trusted proxy saw it.
 */
class RateLimitInterceptor implements HandlerInterceptor {

    private final RateLimiter limiter;

    RateLimitInterceptor(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod) {
            limiter.admit(request.getRemoteAddr()).ifPresent(wait -> {
                throw Problems.tooManyRequests(wait);
            });
        }
        return true;
    }
}
