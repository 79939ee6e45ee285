package org.factcheck.account;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.factcheck.base.ProblemTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The refusals of the /desk automation chain, as RFC 9457 problems: they are written by the filter
 * chain, before any controller or exception handler runs.
 */
final class DeskProblems {

    private DeskProblems() {
    }

    static void unauthorized(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Fact-check desk\", charset=\"UTF-8\"");
        write(response, HttpStatus.UNAUTHORIZED,
                "Sign in with HTTP Basic: the username and password of a desk account.");
    }

    static void forbidden(HttpServletResponse response) throws IOException {
        write(response, HttpStatus.FORBIDDEN, "Your account's role may not do this.");
    }

    private static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.getWriter().write("{\"type\":\"" + ProblemTypes.path(status.value()) + "\",\"title\":\""
                + status.getReasonPhrase() + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail + "\"}");
    }
}
