package org.factcheck.database;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import org.factcheck.base.FilterProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * While the database cannot be reached (restarting, failing over, down), every HTTP endpoint (the
 * public API, the reports) answers a 503 problem with Retry-After rather than a 500, so a reader's
 * program knows to come back, and nothing about the failure leaks. No request waits longer than the
 * pool's {@code spring.datasource.hikari.connection-timeout} for a connection, and the pool
 * reconnects by itself once the server is back. Ahead of every other handler, so that the API's
 * catch-all does not take it for a fault of ours.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseUnavailable {

    private static final String RETRY_AFTER_SECONDS = "5";
    private static final String DETAIL = "The database is unavailable for a moment. Please try again in a few seconds.";

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    /**
     * Any failure of the database or of a transaction: 503 when the server could not be reached (or
     * went away during the request), otherwise a fault of ours, logged in full, answered without internals.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> failed(Exception exception) {
        if (!isUnreachable(exception)) {
            log.error("A database operation failed", exception);
            return ResponseEntity.internalServerError().body(ProblemDetail.forStatusAndDetail(
                    HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Please try again later."));
        }
        log.warn("The database is unreachable: {}", exception.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DETAIL));
    }

    /**
     * No connection could be had, or the one in use broke: PostgreSQL's connection errors (SQLSTATE
     * class 08) and shutdown or crash (57P01–57P03). When the server goes away mid-transaction, what
     * surfaces is often the failed rollback on the connection the pool has already closed, which
     * HikariCP reports without a SQLSTATE.
     */
    public static boolean isUnreachable(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException) {
                return true;
            }
            if (cause instanceof SQLException sql && (sql.getSQLState() == null
                    ? "Connection is closed".equals(sql.getMessage())
                    : sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /** The same answer, from a servlet filter, where no exception handler reaches (signing in, say). */
    public static void answer(HttpServletResponse response, FilterProblems problems) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, DETAIL);
    }
}
