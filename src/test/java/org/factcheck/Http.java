package org.factcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The app over real HTTP, as a browser or script would call it, redirects not followed: anonymously
 * or with HTTP Basic, any method, raw paths and queries (sent as given, so they may be malformed).
 */
public final class Http {

    public record Answer(int status, java.net.http.HttpHeaders headers, byte[] bytes) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The body as UTF-8 text. */
        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public Http(int port) {
        this.base = "http://localhost:" + port;
    }

    public Answer get(String pathAndQuery) {
        return send("GET", pathAndQuery, null, null);
    }

    /** A GET with HTTP Basic. */
    public Answer getAs(String username, String password, String pathAndQuery) {
        return send("GET", pathAndQuery, username, password);
    }

    public Answer send(String method, String pathAndQuery) {
        return send(method, pathAndQuery, null, null);
    }

    /** With HTTP Basic when a username is given. */
    public Answer send(String method, String pathAndQuery, String username, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .method(method, "GET".equals(method) || "HEAD".equals(method)
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"));
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            request.header("Content-Type", "application/json");
        }
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
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
}
