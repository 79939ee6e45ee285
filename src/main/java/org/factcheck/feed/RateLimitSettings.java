package org.factcheck.feed;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much of the public API one client address may use.
 *
 * @param requestsPerMinute the steady rate ({@code factcheck.api.rate-limit.requests-per-minute})
 * @param burst             how many requests may come at once ({@code factcheck.api.rate-limit.burst})
 */
@ConfigurationProperties("factcheck.api.rate-limit")
record RateLimitSettings(int requestsPerMinute, int burst) {

    RateLimitSettings {
        if (requestsPerMinute < 1 || burst < 1) {
            throw new IllegalArgumentException("factcheck.api.rate-limit.requests-per-minute and .burst must be at "
                    + "least 1, not " + requestsPerMinute + " and " + burst);
        }
    }
}
