package org.factcheck.feed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The latest published fact-checks as a JSON Feed 1.1, for feed readers. */
@RestController
@Tag(name = "JSON Feed")
class JsonFeedController {

    static final String PATH = "/api/v1/feed.json";
    static final String FEED_JSON = "application/feed+json";

    private final PublishedFactChecks factChecks;
    private final PublicationSettings publication;
    private final AnswerCache answers;

    JsonFeedController(PublishedFactChecks factChecks, PublicationSettings publication, AnswerCache answers) {
        this.factChecks = factChecks;
        this.publication = publication;
        this.answers = answers;
    }

    @GetMapping(PATH)
    @Operation(operationId = "getJsonFeed", summary = "The latest published fact-checks as a JSON Feed 1.1",
            description = "Newest first; next_url fetches older ones.",
            responses = @ApiResponse(responseCode = "200", description = "A JSON Feed 1.1 document",
                    content = @Content(mediaType = FEED_JSON, schema = @Schema(implementation = JsonFeed.class))))
    ResponseEntity<JsonFeed> feed(HttpServletRequest request,
            @Parameter(description = Paging.LIMIT_DESCRIPTION) @RequestParam(name = "limit", required = false) Integer limit,
            @Parameter(description = Paging.CURSOR_DESCRIPTION) @RequestParam(name = "cursor", required = false) String cursor) {
        Paging paging = Paging.of(limit, cursor);
        return answers.ok(request, factChecks.page(FactCheckFilter.NONE, paging).map(page -> feed(page, paging)),
                MediaType.parseMediaType(FEED_JSON));
    }

    private JsonFeed feed(ItemPage<FactCheck> page, Paging paging) {
        PublicationSettings.Publisher publisher = publication.publisher();
        return new JsonFeed(
                JsonFeed.VERSION,
                publisher.name() + ": fact-checks",
                publication.link("/"),
                publication.link(PATH),
                page.nextCursor() == null ? null : publication.link(PATH + paging.nextPageQuery(page.nextCursor())),
                "Published fact-checks, newest first: each claim, its rating and why.",
                publisher.language(),
                List.of(new JsonFeed.Author(publisher.name(), publication.publisherUrl())),
                page.items().stream().map(this::item).toList());
    }

    private JsonFeed.Item item(FactCheck factCheck) {
        return new JsonFeed.Item(
                Long.toString(factCheck.id()),
                factCheck.url(),
                factCheck.headline(),
                factCheck.rationale(),
                "Rated " + factCheck.rating().label() + ": " + factCheck.claimText(),
                factCheck.publishedAt(),
                factCheck.updatedAt(),
                factCheck.language(),
                List.of(factCheck.rating().label()),
                new JsonFeed.Extension(factCheck.rating(), publication.claimReviewUrl(factCheck.id())));
    }
}
