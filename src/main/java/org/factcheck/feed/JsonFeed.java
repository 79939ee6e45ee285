package org.factcheck.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1), with the spec's own names. Optional
 * properties with no value are left out, as the spec prefers to null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record JsonFeed(
        String version,
        String title,
        @JsonProperty("home_page_url") URI homePageUrl,
        @JsonProperty("feed_url") URI feedUrl,
        @JsonProperty("next_url") URI nextUrl,
        String description,
        @Schema(description = "The language most of the desk's verdicts are written in; each item says its own") String language,
        List<Author> authors,
        List<Item> items) {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    @Schema(name = "JsonFeedAuthor")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Author(String name, URI url) {
    }

    /** One fact-check; {@code _factcheck} is a JSON Feed extension with the rating and the ClaimReview. */
    @Schema(name = "JsonFeedItem")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(
            String id,
            URI url,
            String title,
            @JsonProperty("content_text") String contentText,
            String summary,
            @JsonProperty("date_published") Instant datePublished,
            @JsonProperty("date_modified") Instant dateModified,
            String language,
            List<String> tags,
            @JsonProperty("_factcheck") Extension factCheck) {
    }

    @Schema(name = "JsonFeedFactCheckExtension")
    record Extension(FactCheck.Rating rating, @JsonProperty("claim_review_url") URI claimReviewUrl) {
    }
}
