package org.factcheck.feed;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who publishes the fact-checks (ClaimReview's author, the JSON Feed's author) and where readers
 * reach this app, from which every absolute URL in the API is built.
 *
 * @param publicBaseUrl {@code factcheck.public-base-url}: this app as readers outside reach it,
 *                      e.g. https://factcheck.example.org (behind a proxy, not the internal address)
 * @param publisher     {@code factcheck.publisher.name} and the optional {@code factcheck.publisher.url} and
 *                      {@code factcheck.publisher.logo} (an image URL, for ClaimReview's publisher), and the
 *                      language the desk writes in, {@code factcheck.publisher.language}
 */
@ConfigurationProperties("factcheck")
public record PublicationSettings(URI publicBaseUrl, Publisher publisher) {

    public static final String FACT_CHECK_PAGES = "/fact-checks";
    public static final String ENTITY_PAGES = "/entity";

    /** The publishing organisation; its URL and logo may be left unset (the URL then is this app's home page). */
    public record Publisher(String name, URI url, URI logo, String language) {
    }

    /** The publisher's web site: as configured, else this app's public home page. */
    public URI publisherUrl() {
        return publisher.url() != null ? publisher.url() : link("/");
    }

    /** The absolute URL of a path of this app, such as {@code /api/v1/feed.json}. */
    public URI link(String path) {
        String base = publicBaseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }

    /** A fact-check's public page: its one canonical address, which every other form of it redirects to. */
    public URI factCheckUrl(long id, String headline) {
        return link(factCheckPath(id, headline));
    }

    public static String factCheckPath(long id, String headline) {
        return FACT_CHECK_PAGES + "/" + id + "/" + Slug.of(headline);
    }

    /** An entity's public page. */
    public static String entityPath(long id, String name) {
        return ENTITY_PAGES + "/" + id + "/" + Slug.of(name);
    }

    /** Where a fact-check's ClaimReview is. */
    public URI claimReviewUrl(long id) {
        return link(FactCheckController.PATH + "/" + id + ClaimReviewController.OF_ONE_FACT_CHECK);
    }
}
