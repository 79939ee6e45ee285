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
@JsonPropertyOrder({"@context", "@type", "@id"})
public record ClaimReview(
        @JsonProperty("@id") @Schema(description = "The fact-check page's URL with #claim-review") URI id,
        @Schema(description = "The fact-check's page") URI url,
        @Schema(description = "The claim in a line (the fact-check's headline), at most 75 characters") String claimReviewed,
        String inLanguage,
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

    /** A Person or an Organization; sameAs is its Wikidata item, if known. */
    @Schema(name = "PersonOrOrganization")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type"})
    public record Party(@JsonProperty("@type") String type, String name, URI url, ImageObject logo, URI sameAs) {

        static Party organization(String name) {
            return new Party("Organization", name, null, null, null);
        }
    }

    /** The publisher's logo. */
    @JsonPropertyOrder({"@type"})
    public record ImageObject(URI url) {

        @JsonProperty("@type")
        public String type() {
            return "ImageObject";
        }
    }

    /** The rating: alternateName is the label readers see, the numbers place it on the scale. */
    @JsonPropertyOrder({"@type"})
    public record ReviewRating(String alternateName, int ratingValue, int bestRating, int worstRating) {

        @JsonProperty("@type")
        public String type() {
            return "Rating";
        }
    }

    /**
     * The claim reviewed: who made it (left out when unknown: an outlet that reported it is where it
     * appeared, never its author), when, and where it appeared. Dates are ISO 8601 at the precision known.
     */
    @Schema(name = "ClaimReviewed")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type", "@id"})
    public record Claim(@JsonProperty("@id") URI id, Party author, String datePublished, List<CreativeWork> appearance,
            CreativeWork firstAppearance) {

        @JsonProperty("@type")
        public String type() {
            return "Claim";
        }
    }

    /** A document the claim appeared in. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type"})
    public record CreativeWork(String url, String headline, String datePublished, String inLanguage, Party publisher) {

        @JsonProperty("@type")
        public String type() {
            return "CreativeWork";
        }
    }
}
