package org.factcheck.base;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * RFC 9457 problems written by servlet filters (signing in, the database going away, refused methods),
 * before any controller or exception handler runs: the same shape as the others, with the same absolute
 * {@code type}, built from {@code factcheck.public-base-url}.
 */
@Component
public class FilterProblems {

    private final URI publicBaseUrl;

    FilterProblems(@Value("${factcheck.public-base-url}") URI publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
    }

    /** The detail is one of the app's own sentences: no quotes or backslashes to escape. */
    public void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.getWriter().write("{\"type\":\"" + ProblemTypes.uri(publicBaseUrl, status.value())
                + "\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail + "\"}");
    }
}
