package org.factcheck.feed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public answers' cache, in one place: it looks an answer up, stores it, and gives every answer its
 * validators, so the API's JSON and the site's pages get the same ETag, Last-Modified, 304s and reuse.
 * <p>
 * <b>Validators.</b> The content is written to JSON once, here: the ETag is the hash of those bytes (and
 * any paging header) and the body is those bytes, so the two always agree, and a page is not serialised a
 * second time by the message converter (which halved the throughput of a 55 KB page; docs/benchmarks.md,
 * section 6). Last-Modified comes from the data; {@code Cache-Control: public, max-age=60}.
 * <p>
 * <b>304.</b> Whether the reader's copy is current is decided by one rule, Spring's
 * {@link ServletWebRequest#checkNotModified(String, long)} (the ETag first, as RFC 9110 says): Spring MVC
 * applies it to an answer just built, and this cache applies it to an answer it kept.
 * <p>
 * <b>Keeping.</b> Answers are kept in memory, by URL, until the public data changes: building a page costs
 * about 25 times as much as sending its bytes (docs/benchmarks.md, section 6), and readers ask for the same
 * first pages again and again. Whether anything changed is one read of a counter that every write to a
 * table a public answer shows moves (V90; {@code PublicTablesWatchedTest} keeps the triggers complete), so a
 * publication, correction or retraction is seen by the next request. The lookup ({@link #preHandle}) leaves
 * the URL and the counter it read on the request, and storing takes that request from the controller:
 * an answer is kept under the data version it was built from. An answer is also kept no longer than
 * {@link #LONGEST}: the counter moves when a change is written, before it commits, so a page built in
 * between may show the state before it; that state is served for at most those seconds, well inside the
 * minute the API lets any cache keep an answer.
 */
@Component
public class AnswerCache implements HandlerInterceptor {

    static final String CACHE_CONTROL = "public, max-age=60";
    static final Duration LONGEST = Duration.ofSeconds(5);
    private static final long MEMORY_BYTES = 64L * 1024 * 1024;
    private static final String LOOKUP = AnswerCache.class.getName() + ".lookup";

    /** What a request was looked up by: the address asked for, and the data version read before building it. */
    private record Lookup(String url, long version) {
    }

    /** An answer as sent: its body, validators and headers, and the data version it was built from. */
    private record Kept(long version, byte[] body, MediaType type, String etag, Instant lastModified, HttpHeaders headers) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Cache<String, Kept> answers = Caffeine.newBuilder()
            .maximumWeight(MEMORY_BYTES)
            .weigher((String url, Kept kept) -> url.length() + kept.body().length)
            .expireAfterWrite(LONGEST)
            .build();

    AnswerCache(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Answers from memory when the data has not changed since; otherwise lets the controller build it. */
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        if (!"GET".equals(request.getMethod())) {
            return true;
        }
        Lookup lookup = new Lookup(url(request), jdbc.sql("select last_value from public_data_change").query(Long.class).single());
        request.setAttribute(LOOKUP, lookup);
        Kept kept = answers.getIfPresent(lookup.url());
        if (kept == null || kept.version() != lookup.version()) {
            return true;
        }
        send(kept, request, response);
        return false;
    }

    <T> ResponseEntity<T> ok(HttpServletRequest request, Dated<T> answer, MediaType type) {
        return ok(request, answer, type, HttpHeaders.EMPTY);
    }

    /**
     * The content as JSON with its validators, kept for the next reader. Typed as the content, for the
     * API's description; the body is the content's JSON, which the byte-array converter sends as it is.
     */
    @SuppressWarnings("unchecked")
    <T> ResponseEntity<T> ok(HttpServletRequest request, Dated<T> answer, MediaType type, HttpHeaders headers) {
        return (ResponseEntity<T>) answer(request, json.writeValueAsBytes(answer.content()), type, answer.lastModified(), headers);
    }

    /**
     * A page already rendered (the public pages' HTML, the sitemap, the Atom feed), with the same validators
     * and kept in memory the same way as the API's answers. A page of fixed text (the rating scale) has no
     * data to date it by ({@code lastModified} null); its ETag is enough.
     */
    public ResponseEntity<byte[]> rendered(HttpServletRequest request, byte[] body, MediaType type, Instant lastModified) {
        return answer(request, body, type, lastModified, HttpHeaders.EMPTY);
    }

    private ResponseEntity<byte[]> answer(HttpServletRequest request, byte[] body, MediaType type, Instant lastModified,
            HttpHeaders headers) {
        String etag = etag(body, headers);
        if (request.getAttribute(LOOKUP) instanceof Lookup lookup) {
            answers.put(lookup.url(), new Kept(lookup.version(), body, type, etag, lastModified, headers));
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .headers(headers)
                .contentType(type)
                .eTag(etag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        if (lastModified != null) {
            answer.lastModified(lastModified);
        }
        return answer.body(body);
    }

    /** The address the reader asked for: a page forwarded elsewhere (the home page "/") is kept under its own. */
    private static String url(HttpServletRequest request) {
        String path = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) instanceof String forwardedFrom
                ? forwardedFrom : request.getRequestURI();
        return request.getQueryString() == null ? path : path + '?' + request.getQueryString();
    }

    /** A kept answer as Spring MVC sends one just built: 304 when the reader's copy is current, else 200. */
    private static void send(Kept kept, HttpServletRequest request, HttpServletResponse response) throws IOException {
        kept.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setHeader(HttpHeaders.ETAG, kept.etag());
        if (kept.lastModified() != null) {
            response.setDateHeader(HttpHeaders.LAST_MODIFIED, kept.lastModified().toEpochMilli());
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        if (new ServletWebRequest(request, response).checkNotModified(kept.etag(),
                kept.lastModified() == null ? -1 : kept.lastModified().toEpochMilli())) {
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(kept.type().toString());
        response.setContentLength(kept.body().length);
        response.getOutputStream().write(kept.body());
    }

    /**
     * SHA-256 of the body and of the extra headers, as a weak ETag: the same answer gzipped is the same
     * content in another encoding, and Tomcat compresses nothing that carries a strong one.
     */
    private static String etag(byte[] body, HttpHeaders headers) {
        MessageDigest sha256 = sha256();
        sha256.update(body);
        headers.forEach((name, values) -> values.forEach(value ->
                sha256.update((name + ": " + value + "\n").getBytes(StandardCharsets.UTF_8))));
        return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(sha256.digest()) + "\"";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
