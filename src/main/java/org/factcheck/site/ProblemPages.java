package org.factcheck.site;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.factcheck.base.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The page each problem type names: what the problem means and what to do about it. */
@RestController
class ProblemPages {

    /** What to do, for the problems the app answers with; any other status gets its name and the general advice. */
    private static final Map<HttpStatus, String> ADVICE = Map.of(
            HttpStatus.BAD_REQUEST, "A parameter or the request itself cannot be used. The problem's detail names what is wrong"
                    + " (and its parameter property, which one); the API description at /v3/api-docs says what each endpoint takes.",
            HttpStatus.UNAUTHORIZED, "The desk's automation needs HTTP Basic with the username and password of a desk account.",
            HttpStatus.FORBIDDEN, "Your account's role may not do this; ask an editor or an admin.",
            HttpStatus.NOT_FOUND, "Nothing is published at this address. Unpublished and unknown fact-checks look alike from"
                    + " outside; ids are whole numbers written without leading zeros or signs.",
            HttpStatus.METHOD_NOT_ALLOWED, "The public API only reads: use GET (or HEAD). The Allow header lists what the path takes.",
            HttpStatus.GONE, "The desk retracted this fact-check: its verdict no longer stands. The problem carries the"
                    + " retraction note and the page that keeps the notice; stop showing the verdict.",
            HttpStatus.TOO_MANY_REQUESTS, "Too many requests from your address. Wait the seconds the Retry-After header says, then go on.",
            HttpStatus.SERVICE_UNAVAILABLE, "The database is unavailable for a moment. Try again after the seconds in Retry-After.",
            HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; nothing you sent caused it. Please try again later.");

    private final Pages pages;

    ProblemPages(Pages pages) {
        this.pages = pages;
    }

    @GetMapping(ProblemTypes.PATH + "/{slug}")
    ResponseEntity<byte[]> problem(@PathVariable String slug) {
        HttpStatus status = named(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No problem type is called " + slug + "."));
        return ResponseEntity.ok().contentType(Pages.HTML).body(pages.render("problem", Map.of(
                "status", status.value(), "title", status.getReasonPhrase(),
                "advice", ADVICE.getOrDefault(status, "The problem's detail says what went wrong and what to do."))));
    }

    private static Optional<HttpStatus> named(String slug) {
        return Arrays.stream(HttpStatus.values()).filter(status -> status.isError() && ProblemTypes.slug(status).equals(slug))
                .findFirst();
    }
}
