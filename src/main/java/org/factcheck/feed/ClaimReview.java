package org.factcheck.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * A schema.org ClaimReview (JSON-LD) with the properties Google's fact-check markup requires and
 * recommends. Built by {@link ClaimReviews}; properties with no value are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"@context", "@type"})
public record ClaimReview(
        URI url,
        String claimReviewed,
        Instant datePublished,
        Instant dateModified,
        Party author,
        ReviewRating reviewRating,
        Claim itemReviewed,
        String reviewBody) {

    @JsonProperty("@context")
    public String context() {
        return "https://schema.org";
    }

    @JsonProperty("@type")
    public String type() {
        return "ClaimReview";
    }

    /** A Person or an Organization. */
    @Schema(name = "PersonOrOrganization")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type"})
    public record Party(@JsonProperty("@type") String type, String name, URI url) {
    }

    /** The rating: alternateName is the label readers see, the numbers place it on the scale. */
    @JsonPropertyOrder({"@type"})
    public record ReviewRating(String alternateName, int ratingValue, int bestRating, int worstRating) {

        @JsonProperty("@type")
        public String type() {
            return "Rating";
        }
    }

    /** The claim reviewed: who made it, when, and where it appeared. Dates are ISO 8601 at the precision known. */
    @Schema(name = "ClaimReviewed")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type"})
    public record Claim(Party author, String datePublished, List<CreativeWork> appearance, CreativeWork firstAppearance) {

        @JsonProperty("@type")
        public String type() {
            return "Claim";
        }
    }

    /** A document the claim appeared in. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type"})
    public record CreativeWork(String url, String headline, String datePublished, Party publisher) {

        @JsonProperty("@type")
        public String type() {
            return "CreativeWork";
        }
    }
}
