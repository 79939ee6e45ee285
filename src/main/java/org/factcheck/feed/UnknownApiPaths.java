package org.factcheck.feed;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whatever no endpoint answers under /api: 404 for an unknown path, 405 for any method but GET and
 * HEAD (the API only reads), both as problem+json rather than the app's login page or an HTML
 * error. Spring prefers every real endpoint to this catch-all.
 */
@Hidden
@RestController
class UnknownApiPaths {

    private static final List<String> READ_METHODS = List.of(HttpMethod.GET.name(), HttpMethod.HEAD.name());

    /** Takes any query parameter: an unknown path is the problem, not its parameters. */
    @RequestMapping("/api/**")
    void unknown(HttpServletRequest request, @RequestParam Map<String, String> anyParameters)
            throws HttpRequestMethodNotSupportedException {
        if (!READ_METHODS.contains(request.getMethod())) {
            throw new HttpRequestMethodNotSupportedException(request.getMethod(), READ_METHODS);
        }
        throw Problems.notFound("There is nothing at " + request.getRequestURI()
                + ". The API's paths are described at /v3/api-docs.");
    }
}
