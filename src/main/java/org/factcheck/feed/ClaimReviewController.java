package org.factcheck.feed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published fact-checks as schema.org ClaimReview JSON-LD. The list is a plain JSON array of
 * ClaimReview objects, each with its own @context, as search engines and fact-check aggregators
 * read them; its next page is in the Link header (rel="next"), which keeps the body pure JSON-LD.
 */
@RestController
@Tag(name = "ClaimReview")
class ClaimReviewController {

    static final String PATH = "/api/v1/claim-reviews";
    static final String OF_ONE_FACT_CHECK = "/claim-review";
    static final String LD_JSON = "application/ld+json";

    private final PublishedFactChecks factChecks;
    private final ClaimReviews claimReviews;
    private final PublicationSettings publication;
    private final AnswerCache answers;

    ClaimReviewController(PublishedFactChecks factChecks, ClaimReviews claimReviews, PublicationSettings publication,
            AnswerCache answers) {
        this.factChecks = factChecks;
        this.claimReviews = claimReviews;
        this.publication = publication;
        this.answers = answers;
    }

    @GetMapping(PATH)
    @Operation(operationId = "listClaimReviews", summary = "ClaimReviews of the newest published fact-checks",
            description = "A JSON array, newest first; the Link header's rel=\"next\" URL fetches the next page.",
            responses = @ApiResponse(responseCode = "200", description = "A JSON-LD array of ClaimReview",
                    headers = @Header(name = "Link", description = "<url>; rel=\"next\": the next page, if there is one",
                            schema = @Schema(type = "string")),
                    content = @Content(mediaType = LD_JSON, array = @ArraySchema(schema = @Schema(implementation = ClaimReview.class)))))
    ResponseEntity<List<ClaimReview>> list(HttpServletRequest request,
            @Parameter(description = Paging.LIMIT_DESCRIPTION) @RequestParam(name = "limit", required = false) Integer limit,
            @Parameter(description = Paging.CURSOR_DESCRIPTION + " (from the Link header)")
            @RequestParam(name = "cursor", required = false) String cursor) {
        Paging paging = Paging.of(limit, cursor);
        Dated<ItemPage<FactCheck>> page = factChecks.page(FactCheckFilter.NONE, paging);
        HttpHeaders headers = new HttpHeaders();
        String next = page.content().nextCursor();
        if (next != null) {
            headers.add(HttpHeaders.LINK, "<" + publication.link(PATH + paging.nextPageQuery(next)) + ">; rel=\"next\"");
        }
        return answers.ok(request, page.map(items -> items.items().stream().map(claimReviews::of).toList()),
                MediaType.parseMediaType(LD_JSON), headers);
    }

    @GetMapping(FactCheckController.PATH + FactCheckController.ONE + OF_ONE_FACT_CHECK)
    @Operation(operationId = "getClaimReview", summary = "The ClaimReview of one published fact-check",
            description = "404 if there is none with this id, or it is not published; 410 with the retraction notice if it was retracted.",
            responses = @ApiResponse(responseCode = "200", description = "A ClaimReview",
                    content = @Content(mediaType = LD_JSON, schema = @Schema(implementation = ClaimReview.class))))
    ResponseEntity<ClaimReview> one(HttpServletRequest request, @PathVariable long id) {
        FactCheck factCheck = FactCheckController.published(factChecks, id);
        return answers.ok(request, new Dated<>(claimReviews.of(factCheck), factChecks.lastChanged(List.of(factCheck))),
                MediaType.parseMediaType(LD_JSON));
    }
}
