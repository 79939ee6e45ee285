package org.factcheck.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The token buckets behind the rate limit, on a clock the test moves. */
class RateLimiterTest {

    /** A clock that stands still until the test moves it. */
    static final class TestClock implements TimeMeter {

        private long nanos;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }

    final TestClock clock = new TestClock();

    @Test
    void a_client_may_send_a_burst_at_once_then_must_wait_for_the_steady_rate() {
        RateLimiter limiter = new RateLimiter(new RateLimitSettings(60, 3), 100, clock);

        assertThat(limiter.admit("192.0.2.1")).isEmpty();
        assertThat(limiter.admit("192.0.2.1")).isEmpty();
        assertThat(limiter.admit("192.0.2.1")).isEmpty();

        assertThat(limiter.admit("192.0.2.1")).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void the_bucket_refills_at_the_steady_rate() {
        RateLimiter limiter = new RateLimiter(new RateLimitSettings(60, 1), 100, clock);
        assertThat(limiter.admit("192.0.2.1")).isEmpty();
        assertThat(limiter.admit("192.0.2.1")).isPresent();

        clock.advance(Duration.ofSeconds(1));

        assertThat(limiter.admit("192.0.2.1")).isEmpty();
        assertThat(limiter.admit("192.0.2.1")).isPresent();
    }

    @Test
    void one_client_using_up_its_requests_leaves_the_others_theirs() {
        RateLimiter limiter = new RateLimiter(new RateLimitSettings(1, 1), 100, clock);
        assertThat(limiter.admit("192.0.2.1")).isEmpty();
        assertThat(limiter.admit("192.0.2.1")).isPresent();

        assertThat(limiter.admit("2001:db8::1")).isEmpty();
    }

    @Test
    void only_the_most_recently_seen_clients_are_remembered() {
        RateLimiter limiter = new RateLimiter(new RateLimitSettings(1, 1), 2, clock);
        limiter.admit("192.0.2.1");
        limiter.admit("192.0.2.2");
        limiter.admit("192.0.2.1");

        limiter.admit("192.0.2.3");

        assertThat(limiter.clientsRemembered()).isEqualTo(2);
        assertThat(limiter.admit("192.0.2.1")).as("still remembered, and out of requests").isPresent();
        assertThat(limiter.admit("192.0.2.2")).as("forgotten, so a full bucket again").isEmpty();
    }
}
