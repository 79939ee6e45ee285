package org.factcheck.site;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container forwards to /error: requests refused before any controller saw them (an
 * address the firewall rejects, such as {@code //}, {@code ;x=1} or an encoded {@code ..}) and errors no
 * handler answered. Under the HTTP interfaces (/api, /desk, /reports) as problem+json, like every other
 * error there; elsewhere as a page in the site's look. Replaces Spring Boot's own error controller.
 */
@RestController
class ErrorPages implements ErrorController {

    private static final String[] HTTP_INTERFACES = {"/api/", "/desk/", "/reports/", "/v3/"};

    private final Pages pages;

    ErrorPages(Pages pages) {
        this.pages = pages;
    }

    @RequestMapping("/error")
    ResponseEntity<?> error(HttpServletRequest request) {
        HttpStatus status = status(request);
        String detail = status == HttpStatus.NOT_FOUND ? "There is nothing at this address."
                : status.is4xxClientError() ? "This request cannot be answered: " + status.getReasonPhrase()
                        + ". Check the address: no empty segments (//), path parameters (;) or encoded dots."
                : "Something went wrong on our side. Please try again later.";
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null && Stream.of(HTTP_INTERFACES).anyMatch(path::startsWith)) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemDetail.forStatusAndDetail(status, detail));
        }
        return ResponseEntity.status(status).contentType(Pages.HTML)
                .body(pages.render("error", Map.of("status", status.value(), "detail", detail)));
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
