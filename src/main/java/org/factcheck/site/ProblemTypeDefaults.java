package org.factcheck.site;

import java.net.URI;
import org.factcheck.base.ProblemTypes;
import org.factcheck.feed.PublicationSettings;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Gives every problem that any controller or exception handler of the app answers with (the API's, the
 * desk's, the reports', those of endpoints still to come) a {@code type} that resolves to the page
 * describing it, unless it names a more specific one itself. Spring leaves it "about:blank".
 */
@RestControllerAdvice
class ProblemTypeDefaults implements ResponseBodyAdvice<Object> {

    private static final URI BLANK = URI.create("about:blank");

    private final PublicationSettings publication;

    ProblemTypeDefaults(PublicationSettings publication) {
        this.publication = publication;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem && (problem.getType() == null || BLANK.equals(problem.getType()))) {
            problem.setType(ProblemTypes.uri(publication.publicBaseUrl(), problem.getStatus()));
        }
        return body;
    }
}
