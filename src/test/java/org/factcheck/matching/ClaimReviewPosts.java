package org.factcheck.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** POST /desk/v1/claim-reviews as automation does it: HTTP Basic, a body of JSON-LD. */
final class ClaimReviewPosts {

    record Answer(int status, String contentType, String body) {
    }

    private final HttpClient client = HttpClient.newHttpClient();
    private final int port;

    ClaimReviewPosts(int port) {
        this.port = port;
    }

    Answer post(String username, String password, String contentType, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + ClaimReviewImportController.PATH))
                .header("Content-Type", contentType)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer post(String username, String password, String jsonLd) {
        return post(username, password, "application/ld+json", jsonLd.getBytes(StandardCharsets.UTF_8));
    }

    /** One ClaimReview item as publishers write it. */
    static String claimReview(String url, String claim, String rating, String publisher) {
        return """
                {"@context": "https://schema.org", "@type": "ClaimReview", "url": "%s", "claimReviewed": "%s",
                 "datePublished": "2021-08-02", "inLanguage": "en",
                 "author": {"@type": "Organization", "name": "%s", "url": "https://www.%s.example/"},
                 "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1, "alternateName": "%s"},
                 "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "A claimant"}, "datePublished": "2021-07-30"}}
                """.formatted(url, claim, publisher, publisher.toLowerCase(java.util.Locale.ROOT), rating);
    }
}
