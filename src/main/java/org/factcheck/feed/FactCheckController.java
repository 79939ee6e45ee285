package org.factcheck.feed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Published fact-checks as plain JSON: the list, with filters, and one by id. */
@RestController
@Tag(name = "Fact-checks")
class FactCheckController {

    static final String PATH = "/api/v1/fact-checks";
    /** Ids in their one canonical form (a long): "069" or "+69" name nothing (404), so every fact-check has one address. */
    static final String ONE = "/{id:[1-9][0-9]{0,18}}";

    private final PublishedFactChecks factChecks;
    private final FactCheckFilters filters;
    private final AnswerCache answers;

    FactCheckController(PublishedFactChecks factChecks, FactCheckFilters filters, AnswerCache answers) {
        this.factChecks = factChecks;
        this.filters = filters;
        this.answers = answers;
    }

    @GetMapping(PATH)
    @Operation(operationId = "listFactChecks", summary = "Published fact-checks, newest first",
            description = "Cursor-paged: pass each page's next_cursor as cursor to get the next one. Filters combine.")
    ResponseEntity<ItemPage<FactCheck>> list(HttpServletRequest request,
            @Parameter(description = Paging.LIMIT_DESCRIPTION) @RequestParam(name = "limit", required = false) Integer limit,
            @Parameter(description = Paging.CURSOR_DESCRIPTION) @RequestParam(name = "cursor", required = false) String cursor,
            @Parameter(description = "A rating label of the default scale, in any letter case, e.g. false or mostly true")
            @RequestParam(name = FactCheckFilters.RATING, required = false) String rating,
            @Parameter(description = "An entity id (see /api/v1/entities): fact-checks whose claim mentions it or was made by it")
            @RequestParam(name = FactCheckFilters.ENTITY, required = false) Long entity,
            @Parameter(description = "A source id (an appearance's source_id): fact-checks whose claim was made in that source")
            @RequestParam(name = FactCheckFilters.SOURCE, required = false) Long source,
            @Parameter(description = "Fact-checks whose verdict changed at or after this ISO 8601 time with offset, or date (UTC)",
                    example = "2026-11-21T09:30:00Z")
            @RequestParam(name = FactCheckFilters.UPDATED_SINCE, required = false) String updatedSince,
            @Parameter(description = "Words to find in the claim or the rationale (every word, whole words; \"a phrase\", or, -word work as in web search), or any spelling of the name of an entity involved (\"Kazemi\" finds al-Kadhimi)")
            @RequestParam(name = FactCheckFilters.TEXT, required = false) String q) {
        FactCheckFilter filter = filters.parse(rating, entity, source, updatedSince, q);
        return answers.ok(request, factChecks.page(filter, Paging.of(limit, cursor)), MediaType.APPLICATION_JSON);
    }

    @GetMapping(PATH + ONE)
    @Operation(operationId = "getFactCheck", summary = "One published fact-check",
            description = "404 if there is none with this id, or it is not published; 410 with the retraction notice if the desk retracted it.")
    ResponseEntity<FactCheck> one(HttpServletRequest request, @PathVariable long id) {
        FactCheck factCheck = published(factChecks, id);
        return answers.ok(request, new Dated<>(factCheck, factChecks.lastChanged(List.of(factCheck))), MediaType.APPLICATION_JSON);
    }

    /**
     * The published fact-check with this id. Unknown and unpublished look exactly alike from outside;
     * a retracted one is gone, with its notice, so consumers stop showing the withdrawn verdict.
     */
    static FactCheck published(PublishedFactChecks factChecks, long id) {
        ShownFactCheck shown = factChecks.findShown(id)
                .orElseThrow(() -> Problems.notFound("No published fact-check has the id " + id + "."));
        if (shown.isRetracted()) {
            throw Problems.retracted(shown);
        }
        return shown.factCheck();
    }
}
