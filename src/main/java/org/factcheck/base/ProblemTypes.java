package org.factcheck.base;

import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * The {@code type} of every RFC 9457 problem the app answers with: one page per kind of problem under
 * {@code /problems/}, named after its HTTP status ("/problems/not-found"), which says what it means and
 * what to do. Problems built by Spring MVC get it by default (site.ProblemTypeDefaults); the few written
 * by servlet filters name it themselves.
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

    public static String slug(HttpStatus status) {
        return status.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
