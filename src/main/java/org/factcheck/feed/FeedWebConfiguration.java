package org.factcheck.feed;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every path of the public API shares: CORS open to any origin for reading, the rate limit
 * per client address, the refusal of unknown query parameters (in that order, so that even a
 * refused request counts against the limit), and answers kept in memory until the data changes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PublicationSettings.class, RateLimitSettings.class})
class FeedWebConfiguration implements WebMvcConfigurer {

    static final String API_PATHS = "/api/**";

    private final RateLimiter rateLimiter;
    private final AnswerCache answerCache;

    FeedWebConfiguration(RateLimitSettings rateLimit, AnswerCache answerCache) {
        this.rateLimiter = new RateLimiter(rateLimit);
        this.answerCache = answerCache;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping(API_PATHS)
                .allowedOrigins("*")
                .allowedMethods("GET", "HEAD", "OPTIONS")
                .allowedHeaders("*")
                .exposedHeaders(HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED, HttpHeaders.RETRY_AFTER, HttpHeaders.LINK)
                .maxAge(3600);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RateLimitInterceptor(rateLimiter)).addPathPatterns(API_PATHS);
        registry.addInterceptor(new KnownParametersOnly()).addPathPatterns(API_PATHS);
        registry.addInterceptor(answerCache).addPathPatterns(API_PATHS).excludePathPatterns(BenchCeiling.PATH);
    }
}
