package org.factcheck.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Successful answers, ready for caches: an ETag from the exact JSON sent (and any paging
 * header), Last-Modified from the data, and {@code Cache-Control: public, max-age=60}. Spring MVC
 * compares them with If-None-Match and If-Modified-Since (the ETag first, as RFC 9110 says) and
 * answers 304 Not Modified without a body when the reader's copy is current.
 * <p>
 * The content is written to JSON once, here: the ETag is the hash of those bytes and the body is
 * those bytes, so the two always agree, and a page is not serialised a second time by the message
 * converter (which halved the throughput of a 55 KB page; docs/benchmarks.md, section 6). The answer
 * is then kept in {@link RecentAnswers} until the public data changes.
 */
@Component
public class CacheableAnswers {

    static final String CACHE_CONTROL = "public, max-age=60";

    private final JsonMapper json;
    private final RecentAnswers recent;

    CacheableAnswers(JsonMapper json, RecentAnswers recent) {
        this.json = json;
        this.recent = recent;
    }

    <T> ResponseEntity<T> ok(Dated<T> answer, MediaType type) {
        return ok(answer, type, HttpHeaders.EMPTY);
    }

    /**
     * Typed as the content, for the API's description; the body is the content's JSON, which the
     * byte-array converter sends as it is.
     */
    @SuppressWarnings("unchecked")
    <T> ResponseEntity<T> ok(Dated<T> answer, MediaType type, HttpHeaders headers) {
        byte[] body = json.writeValueAsBytes(answer.content());
        String etag = etag(body, headers);
        recent.keep(body, type, etag, answer.lastModified(), headers);
        return (ResponseEntity<T>) ResponseEntity.ok()
                .headers(headers)
                .contentType(type)
                .eTag(etag)
                .lastModified(answer.lastModified())
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .body(body);
    }

    /**
     * A page already rendered (the public pages' HTML, the sitemap, the Atom feed), with the same validators
     * and kept in memory the same way as the API's answers.
     */
    public ResponseEntity<byte[]> rendered(byte[] body, MediaType type, Instant lastModified) {
        String etag = etag(body, HttpHeaders.EMPTY);
        recent.keep(body, type, etag, lastModified, HttpHeaders.EMPTY);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .contentType(type)
                .eTag(etag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        // A page of fixed text (the rating scale) has no data to date it by; its ETag is enough.
        if (lastModified != null) {
            answer.lastModified(lastModified);
        }
        return answer.body(body);
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
