package org.factcheck.base;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * The {@code type} of every RFC 9457 problem the app answers with: one page per kind of problem under
 * {@code /problems/}, named after its HTTP status ("/problems/not-found"), which says what it means and
 * what to do. Problems built by Spring MVC get it by default (site.ProblemTypeDefaults); the few written
 * by servlet filters get it from base.FilterProblems.
 */
public final class ProblemTypes {

    public static final String PATH = "/problems";

    private ProblemTypes() {
    }

    /** "/problems/too-many-requests" for 429. */
    public static String path(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return PATH + "/" + (known == null ? Integer.toString(status) : slug(known));
    }

    /** The absolute type: the page under this app's public address, e.g. https://desk.example/problems/not-found. */
    public static URI uri(URI publicBaseUrl, int status) {
        String base = publicBaseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path(status));
    }

    public static String slug(HttpStatus status) {
        return status.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
