package org.factcheck.feed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The entities that occur in published fact-checks, with their aliases. */
@RestController
@Tag(name = "Entities")
class EntityController {

    static final String PATH = "/api/v1/entities";

    private final PublicEntities entities;
    private final AnswerCache answers;

    EntityController(PublicEntities entities, AnswerCache answers) {
        this.entities = entities;
        this.answers = answers;
    }

    @GetMapping(PATH)
    @Operation(operationId = "listEntities", summary = "Entities that occur in published fact-checks, in id order",
            description = "Cursor-paged like the fact-checks. Use an id as the fact-checks' entity filter.")
    ResponseEntity<ItemPage<Entity>> list(HttpServletRequest request,
            @Parameter(description = Paging.LIMIT_DESCRIPTION) @RequestParam(name = "limit", required = false) Integer limit,
            @Parameter(description = Paging.CURSOR_DESCRIPTION) @RequestParam(name = "cursor", required = false) String cursor) {
        return answers.ok(request, entities.page(Paging.of(limit, cursor)), MediaType.APPLICATION_JSON);
    }

    @GetMapping(PATH + FactCheckController.ONE)
    @Operation(operationId = "getEntity", summary = "One entity", description = "404 if there is none with this id, or no published fact-check involves it.")
    ResponseEntity<Entity> one(HttpServletRequest request, @PathVariable long id) {
        return answers.ok(request, entities.find(id).orElseThrow(
                () -> Problems.notFound("No entity with the id " + id + " occurs in a published fact-check.")),
                MediaType.APPLICATION_JSON);
    }
}
