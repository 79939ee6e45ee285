package org.factcheck.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.factcheck.base.FilterProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * TRACE is refused with a 405 problem like every other refusal. Tomcat would refuse it itself, with an
 * empty answer, before any filter runs; so Tomcat lets it through (SecurityConfiguration) and this filter,
 * first of all, answers it; nothing behind it ever sees a TRACE, so nothing can echo one back.
 */
class TraceRefused extends OncePerRequestFilter {

    private final FilterProblems problems;

    TraceRefused(FilterProblems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"TRACE".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        // The public API only reads; the reviewers' UI, the desk and the reports also take POSTs.
        response.setHeader(HttpHeaders.ALLOW, request.getRequestURI().startsWith("/api/") ? "GET, HEAD" : "GET, HEAD, POST");
        problems.write(response, HttpStatus.METHOD_NOT_ALLOWED, "TRACE is not answered here.");
    }
}
