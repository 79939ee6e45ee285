package org.factcheck.feed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The API's successful answers kept in memory, by URL, until the public data changes: building a page
 * costs about 25 times as much as sending its bytes (docs/benchmarks.md, section 6), and readers ask for
 * the same first pages again and again. Whether anything changed is one read of a counter that every
 * write to a table the API shows moves (V90), so a publication, correction or retraction is seen by the
 * next request. An answer is also kept no longer than {@link #LONGEST}: the counter moves when a change
 * is written, before it commits, so a page built in between may show the state before it; that state is
 * served for at most those seconds, well inside the minute the API lets any cache keep an answer.
 */
@Component
public class RecentAnswers implements HandlerInterceptor {

    static final Duration LONGEST = Duration.ofSeconds(5);
    private static final long MEMORY_BYTES = 64L * 1024 * 1024;
    private static final String VERSION = RecentAnswers.class.getName() + ".version";
    private static final String URL = RecentAnswers.class.getName() + ".url";

    /** An answer as sent: its JSON, validators and headers, and the data version it was built from. */
    record Kept(long version, byte[] body, MediaType type, String etag, Instant lastModified, HttpHeaders headers) {
    }

    private final JdbcClient jdbc;
    private final Cache<String, Kept> answers = Caffeine.newBuilder()
            .maximumWeight(MEMORY_BYTES)
            .weigher((String url, Kept kept) -> url.length() + kept.body().length)
            .expireAfterWrite(LONGEST)
            .build();

    RecentAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Answers from memory when the data has not changed since; otherwise lets the controller build it. */
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        if (!"GET".equals(request.getMethod())) {
            return true;
        }
        long version = jdbc.sql("select last_value from public_data_change").query(Long.class).single();
        request.setAttribute(VERSION, version);
        Kept kept = answers.getIfPresent(url(request));
        if (kept == null || kept.version() != version) {
            return true;
        }
        send(kept, request, response);
        return false;
    }

    /** Keeps an answer being sent, if the request came through {@link #preHandle}. */
    void keep(byte[] body, MediaType type, String etag, Instant lastModified, HttpHeaders headers) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null && attributes.getAttribute(VERSION, RequestAttributes.SCOPE_REQUEST) instanceof Long version) {
            String url = (String) attributes.getAttribute(URL, RequestAttributes.SCOPE_REQUEST);
            if (url != null) {
                answers.put(url, new Kept(version, body, type, etag, lastModified, headers));
            }
        }
    }

    /** The address the reader asked for: a page forwarded elsewhere (the home page "/") is kept under its own. */
    private static String url(HttpServletRequest request) {
        String path = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) instanceof String forwardedFrom
                ? forwardedFrom : request.getRequestURI();
        String url = request.getQueryString() == null ? path : path + '?' + request.getQueryString();
        request.setAttribute(URL, url);
        return url;
    }

    /** As Spring MVC answers: 304 when the reader's copy is current (the ETag decides first), else 200. */
    private static void send(Kept kept, HttpServletRequest request, HttpServletResponse response) throws IOException {
        kept.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setHeader(HttpHeaders.ETAG, kept.etag());
        if (kept.lastModified() != null) {
            response.setDateHeader(HttpHeaders.LAST_MODIFIED, kept.lastModified().toEpochMilli());
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheableAnswers.CACHE_CONTROL);
        if (isCurrent(kept, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(kept.type().toString());
        response.setContentLength(kept.body().length);
        response.getOutputStream().write(kept.body());
    }

    /** A tag without its weakness mark: If-None-Match compares weakly (RFC 9110, 13.1.2). */
    private static String opaque(String tag) {
        return tag.strip().replaceFirst("^W/", "");
    }

    private static boolean isCurrent(Kept kept, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return Arrays.stream(ifNoneMatch.split(","))
                    .map(RecentAnswers::opaque)
                    .anyMatch(tag -> tag.equals("*") || tag.equals(opaque(kept.etag())));
        }
        long ifModifiedSince;
        try {
            ifModifiedSince = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException notADate) {
            return false; // as Spring MVC: a malformed date is no condition
        }
        return ifModifiedSince >= 0 && kept.lastModified() != null
                && kept.lastModified().getEpochSecond() <= ifModifiedSince / 1000;
    }
}
