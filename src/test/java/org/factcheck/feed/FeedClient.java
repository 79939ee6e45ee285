package org.factcheck.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public API over real HTTP, as a reader's program calls it: no session, no sign-in. */
final class FeedClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    FeedClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** What the server answered. */
    record Answer(int status, java.net.http.HttpHeaders headers, String body) {

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** GETs a path with its query, e.g. {@code /api/v1/fact-checks?limit=5}, with headers as name, value, name, value... */
    Answer get(String pathAndQuery, String... headers) {
        return send("GET", pathAndQuery, headers);
    }

    Answer send(String method, String pathAndQuery, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every page of a list, following each page's link to the next: from the body, or the Link header. */
    List<Answer> walk(String firstPage, Function<Answer, Optional<String>> nextPage) {
        List<Answer> pages = new ArrayList<>();
        Optional<String> page = Optional.of(firstPage);
        while (page.isPresent()) {
            Answer answer = get(page.get());
            if (answer.status() != 200) {
                throw new AssertionError("GET " + page.get() + " answered " + answer.status() + ": " + answer.body());
            }
            pages.add(answer);
            page = nextPage.apply(answer);
        }
        return pages;
    }

    /** Walks a list of {"items", "next_cursor"} pages, such as the fact-checks or the entities. */
    List<Answer> walkCursor(String path, String queryWithoutCursor) {
        String separator = queryWithoutCursor.isEmpty() ? "?" : "?" + queryWithoutCursor + "&";
        return walk(path + (queryWithoutCursor.isEmpty() ? "" : "?" + queryWithoutCursor), answer -> {
            JsonNode next = answer.json().get("next_cursor");
            return next.isNull() ? Optional.empty() : Optional.of(path + separator + "cursor=" + next.asString());
        });
    }

    /** The path and query of an absolute URL the API gave out, such as a JSON Feed's next_url. */
    static String pathOf(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The rel="next" URL of a Link header, as a path, if there is one. */
    static Optional<String> nextLink(Answer answer) {
        return Optional.ofNullable(answer.header("Link")).map(NEXT_LINK::matcher).filter(Matcher::find)
                .map(link -> pathOf(link.group(1)));
    }
}
