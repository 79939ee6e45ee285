package org.factcheck.feed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The changes feed: for consumers that mirror the desk's fact-checks and must follow every correction and retraction. */
@RestController
@Tag(name = "Changes")
class ChangesController {

    static final String PATH = "/api/v1/changes";

    private final PublicChanges changes;
    private final AnswerCache answers;

    ChangesController(PublicChanges changes, AnswerCache answers) {
        this.changes = changes;
        this.answers = answers;
    }

    @GetMapping(PATH)
    @Operation(operationId = "listChanges", summary = "Every publication, correction and retraction, oldest first",
            description = "Walk it with next_cursor; at the end, keep the last next_cursor and ask again later for what came since. "
                    + "Each record carries the SHA-256 hash chain of the corrections log.")
    ResponseEntity<Change.Page> list(HttpServletRequest request,
            @Parameter(description = Paging.LIMIT_DESCRIPTION) @RequestParam(name = "limit", required = false) Integer limit,
            @Parameter(description = "The next_cursor of the page before; leave out to start at the first record")
            @RequestParam(name = "cursor", required = false) String cursor) {
        return answers.ok(request, changes.after(Paging.of(limit, cursor)), MediaType.APPLICATION_JSON);
    }
}
