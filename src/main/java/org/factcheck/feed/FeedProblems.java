package org.factcheck.feed;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the public API as RFC 9457 application/problem+json: Spring MVC's own (wrong
 * method, unreadable parameter...) through {@link ResponseEntityExceptionHandler}, the API's own
 * from {@link Problems}. Only for this package's controllers: the reviewers' UI keeps its own.
 */
@RestControllerAdvice(basePackageClasses = FeedProblems.class)
class FeedProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(FeedProblems.class);

    /** A parameter that is not a number where a number (an id, a limit) belongs; in the path, the address names nothing. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (!(exception instanceof MethodArgumentTypeMismatchException mismatch)) {
            return super.handleTypeMismatch(exception, headers, status, request);
        }
        ErrorResponseException problem = mismatch.getParameter().hasParameterAnnotation(PathVariable.class)
                ? Problems.notFound("Nothing is published at this address; ids are whole numbers.")
                : Problems.badParameter(mismatch.getName(),
                        mismatch.getName() + " must be a whole number, not '" + mismatch.getValue() + "'.");
        return handleErrorResponseException(problem, problem.getHeaders(), problem.getStatusCode(), request);
    }

    /** A query string that is not UTF-8 once percent-decoded: Tomcat refuses to read any of its parameters. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> undecodable(InvalidParameterException exception, WebRequest request) {
        ErrorResponseException problem = Problems.badParameter("query",
                "The query string is not valid UTF-8 once percent-decoded: encode every parameter value as UTF-8.");
        return handleErrorResponseException(problem, problem.getHeaders(), problem.getStatusCode(), request);
    }

    /** A fault of ours, not the reader's: logged in full, answered without internals. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception) {
        log.error("The public API failed", exception);
        return ResponseEntity.internalServerError().body(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Please try again later."));
    }
}
