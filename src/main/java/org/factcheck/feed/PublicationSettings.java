package org.factcheck.feed;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who publishes the fact-checks (ClaimReview's author, the JSON Feed's author) and where readers
 * reach this app, from which every absolute URL in the API is built.
 *
 * @param publicBaseUrl {@code factcheck.public-base-url}: this app as readers outside reach it,
 *                      e.g. https://factcheck.example.org (behind a proxy, not the internal address)
 * @param publisher     {@code factcheck.publisher.name} and the optional {@code factcheck.publisher.url}
 */
@ConfigurationProperties("factcheck")
public record PublicationSettings(URI publicBaseUrl, Publisher publisher) {

    /** The publishing organisation; its URL may be left unset. */
    public record Publisher(String name, URI url) {
    }

    /** The absolute URL of a path of this app, such as {@code /api/v1/feed.json}. */
    public URI link(String path) {
        String base = publicBaseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }

    /** Where a fact-check is published. There is no public HTML page yet, so it is the API's own resource. */
    public URI factCheckUrl(long id) {
        return link(FactCheckController.PATH + "/" + id);
    }

    /** Where a fact-check's ClaimReview is. */
    public URI claimReviewUrl(long id) {
        return link(FactCheckController.PATH + "/" + id + ClaimReviewController.OF_ONE_FACT_CHECK);
    }
}
