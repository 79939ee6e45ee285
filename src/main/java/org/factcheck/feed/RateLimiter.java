package org.factcheck.feed;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One token bucket per client: a burst of requests at once, then a steady number per minute, so
 * that one client cannot starve the rest. Only the most recently seen clients keep a bucket;
 * forgetting one only gives it a full bucket again, and keeps memory bounded whatever the traffic.
 */
class RateLimiter {

    static final int CLIENTS_REMEMBERED = 10_000;

    private final int requestsPerMinute;
    private final int burst;
    private final TimeMeter clock;
    private final Map<String, Bucket> buckets;

    RateLimiter(RateLimitSettings settings) {
        this(settings, CLIENTS_REMEMBERED, TimeMeter.SYSTEM_NANOTIME);
    }

    RateLimiter(RateLimitSettings settings, int clientsRemembered, TimeMeter clock) {
        this.requestsPerMinute = settings.requestsPerMinute();
        this.burst = settings.burst();
        this.clock = clock;
        this.buckets = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > clientsRemembered;
            }
        });
    }

    /** Takes a token for one request of the client: empty if it may go ahead, else how long until it may. */
    Optional<Duration> admit(String client) {
        ConsumptionProbe probe = buckets.computeIfAbsent(client, any -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    int clientsRemembered() {
        return buckets.size();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(requestsPerMinute, Duration.ofMinutes(1)))
                .withCustomTimePrecision(clock)
                .build();
    }
}
