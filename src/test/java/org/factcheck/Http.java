package org.factcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app over real HTTP, as a browser, a script or a reader's program would call it, redirects not
 * followed: anonymously or with HTTP Basic, any method and headers, raw paths and queries (sent as
 * given, so they may be malformed), and the public API's lists walked page by page.
 */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    /** What the server answered. */
    public record Answer(int status, java.net.http.HttpHeaders headers, byte[] bytes) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        /** The body as UTF-8 text. */
        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(bytes);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public Http(int port) {
        this.base = "http://localhost:" + port;
    }

    /** GETs a path with its query, e.g. {@code /api/v1/fact-checks?limit=5}, with headers as name, value, name, value... */
    public Answer get(String pathAndQuery, String... headers) {
        return send("GET", pathAndQuery, headers);
    }

    /** A GET with HTTP Basic. */
    public Answer getAs(String username, String password, String pathAndQuery) {
        return sendAs("GET", pathAndQuery, username, password);
    }

    /** Any method, with headers as name, value, name, value...; a method that may carry a body sends {@code {}}. */
    public Answer send(String method, String pathAndQuery, String... headers) {
        HttpRequest.Builder request = request(method, pathAndQuery);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** As {@link #send}, with HTTP Basic. */
    public Answer sendAs(String method, String pathAndQuery, String username, String password) {
        return send(request(method, pathAndQuery).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8))));
    }

    private HttpRequest.Builder request(String method, String pathAndQuery) {
        boolean bodiless = List.of("GET", "HEAD", "OPTIONS", "TRACE").contains(method);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .method(method, bodiless ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"));
        return bodiless ? request : request.header("Content-Type", "application/json");
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every page of a list, following each page's link to the next: from the body, or the Link header. */
    public List<Answer> walk(String firstPage, Function<Answer, Optional<String>> nextPage) {
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
    public List<Answer> walkCursor(String path, String queryWithoutCursor) {
        String separator = queryWithoutCursor.isEmpty() ? "?" : "?" + queryWithoutCursor + "&";
        return walk(path + (queryWithoutCursor.isEmpty() ? "" : "?" + queryWithoutCursor), answer -> {
            JsonNode next = answer.json().get("next_cursor");
            return next.isNull() ? Optional.empty() : Optional.of(path + separator + "cursor=" + next.asString());
        });
    }

    /** The path and query of an absolute URL the API gave out, such as a JSON Feed's next_url. */
    public static String pathOf(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The rel="next" URL of a Link header, as a path, if there is one. */
    public static Optional<String> nextLink(Answer answer) {
        return Optional.ofNullable(answer.header("Link")).map(NEXT_LINK::matcher).filter(Matcher::find)
                .map(link -> pathOf(link.group(1)));
    }
}
