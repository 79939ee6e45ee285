package org.factcheck.base;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The problems the desk's automation ({@code /desk/v1}) answers with, as responses rather than thrown: outside
 * the public API's own handler a thrown problem would reach the error page and lose its properties.
 */
public final class DeskProblems {

    private DeskProblems() {
    }

    /** @param title null for the status's reason phrase */
    public static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
            Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (title != null) {
            problem.setTitle(title);
        }
        properties.forEach(problem::setProperty);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
