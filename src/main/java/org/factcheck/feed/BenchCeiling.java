package org.factcheck.feed;

import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For benchmarks only, and only when {@code factcheck.bench.ceiling-bytes} is set: a fixed JSON body
 * of that many bytes, answered through the same filters and interceptors as the API (security, CORS,
 * rate limit, known parameters). What wrk measures here is the most this app can serve without the
 * database and the serialisation, the ceiling that bench/feed-load compares the real pages with.
 */
@Hidden
@RestController
@ConditionalOnProperty("factcheck.bench.ceiling-bytes")
class BenchCeiling {

    static final String PATH = "/api/v1/bench/ceiling";

    private final byte[] body;

    BenchCeiling(@Value("${factcheck.bench.ceiling-bytes}") int bytes) {
        this.body = fixedJson(bytes);
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> ceiling() {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, AnswerCache.CACHE_CONTROL)
                .body(body);
    }

    /** {@code {"padding":"xx…x"}}, exactly this many bytes long (at least the 14 of an empty padding). */
    static byte[] fixedJson(int bytes) {
        String prefix = "{\"padding\":\"";
        String suffix = "\"}";
        int padding = Math.max(0, bytes - prefix.length() - suffix.length());
        return (prefix + "x".repeat(padding) + suffix).getBytes(StandardCharsets.US_ASCII);
    }
}
