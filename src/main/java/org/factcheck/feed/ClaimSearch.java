package org.factcheck.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The answer of claims:search, in the shape of Google's Fact Check Tools API v1alpha1, so that a client
 * written for it works here by changing its base address. Fields without a value are left out, as there.
 */
@Schema(description = "Known claims matching the query, best first (Fact Check Tools v1alpha1 ListClaimsResponse)")
@JsonInclude(JsonInclude.Include.NON_NULL)
record ClaimSearch(List<Claim> claims,
        @Schema(description = "Pass as pageToken for the next page; absent on the last") String nextPageToken) {

    @Schema(description = "A claim and its reviews")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Claim(String text, String claimant,
            @Schema(description = "RFC 3339 time, e.g. 2021-07-26T00:00:00Z") String claimDate,
            List<Review> claimReview) {
    }

    @Schema(description = "A fact-check of the claim")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Review(Publisher publisher, String url, String title,
            @Schema(description = "RFC 3339 time") String reviewDate, String textualRating, String languageCode) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Publisher(String name, @Schema(description = "Host name, e.g. www.snopes.com") String site) {
    }
}
