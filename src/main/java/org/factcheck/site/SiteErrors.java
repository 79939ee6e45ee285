package org.factcheck.site;

import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A page's refusal (an unknown fact-check, a filter the scale does not know) as a page in the site's look. */
@RestControllerAdvice(basePackageClasses = SiteErrors.class)
class SiteErrors {

    private final Pages pages;

    SiteErrors(Pages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(ErrorResponseException.class)
    ResponseEntity<byte[]> refused(ErrorResponseException refusal) {
        HttpStatusCode status = refusal.getStatusCode();
        String detail = refusal.getBody().getDetail();
        return ResponseEntity.status(status).contentType(Pages.HTML)
                .body(pages.render("error", Map.of("status", status.value(), "detail", detail == null ? "" : detail)));
    }
}
