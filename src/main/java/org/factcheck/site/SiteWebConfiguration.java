package org.factcheck.site;

import org.factcheck.feed.PublicationSettings;
import org.factcheck.feed.AnswerCache;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The public pages go through the API's answer cache: rendering a page costs far more than sending it. */
@Configuration(proxyBeanMethods = false)
class SiteWebConfiguration implements WebMvcConfigurer {

    /** Every public page and document of the site, as the security chain and Vaadin's exclusions list them too. */
    static final String[] PAGES = {PublicationSettings.FACT_CHECK_PAGES, PublicationSettings.FACT_CHECK_PAGES + "/**", PublicationSettings.ENTITY_PAGES + "/**",
            "/ratings", "/corrections", "/transparency", "/sitemap.xml", "/robots.txt", "/feed.atom"};

    private final AnswerCache answerCache;

    SiteWebConfiguration(AnswerCache answerCache) {
        this.answerCache = answerCache;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(answerCache).addPathPatterns(PAGES);
    }
}
