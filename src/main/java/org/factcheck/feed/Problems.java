package org.factcheck.feed;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The RFC 9457 problems this API answers with, thrown as exceptions that {@link FeedProblems}
 * turns into application/problem+json. Each detail tells the reader what to send instead.
 */
final class Problems {

    private Problems() {
    }

    /** A query parameter the API cannot use; the problem names it in {@code parameter}. */
    static ErrorResponseException badParameter(String parameter, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Bad parameter: " + parameter);
        problem.setProperty("parameter", parameter);
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    static ErrorResponseException notFound(String detail) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND,
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail), null);
    }

    /** 410: the desk retracted this fact-check; the problem carries the notice and the page that keeps it. */
    static ErrorResponseException retracted(ShownFactCheck shown) {
        Retraction retraction = shown.retraction();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE,
                "The desk retracted this fact-check: " + retraction.note());
        problem.setTitle("Fact-check retracted");
        problem.setProperty("retracted_at", retraction.at().toString());
        problem.setProperty("retraction_note", retraction.note());
        problem.setProperty("headline", shown.factCheck().headline());
        problem.setProperty("url", shown.factCheck().url().toString());
        return new ErrorResponseException(HttpStatus.GONE, problem, null);
    }

    static ErrorResponseException tooManyRequests(Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        ErrorResponseException exception = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS,
                ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                        "Too many requests from your address; try again in " + seconds + " s."), null);
        exception.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return exception;
    }
}
