package org.factcheck.site;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.factcheck.feed.AnswerCache;
import org.factcheck.feed.PublicationSettings;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a page's template to bytes and hands them to the API's answer cache, so pages get the same
 * ETag, Last-Modified, 304s and in-memory reuse as the API's JSON. Every template gets {@code site}:
 * the publisher, the public base URL and the helpers in {@link PageText}.
 */
@Component
class Pages {

    static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final ITemplateEngine templates;
    private final AnswerCache answers;
    private final PageText text;

    Pages(ITemplateEngine templates, AnswerCache answers, PublicationSettings publication) {
        this.templates = templates;
        this.answers = answers;
        this.text = new PageText(publication);
    }

    ResponseEntity<byte[]> html(HttpServletRequest request, String template, Instant lastModified, Map<String, Object> variables) {
        return answers.rendered(request, render(template, variables), HTML, lastModified);
    }

    byte[] render(String template, Map<String, Object> variables) {
        Context context = new Context();
        context.setVariables(variables);
        context.setVariable("site", text);
        return templates.process("site/" + template, context).getBytes(StandardCharsets.UTF_8);
    }
}
