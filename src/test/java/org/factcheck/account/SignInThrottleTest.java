package org.factcheck.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Counting failed sign-ins, on a clock the test moves. */
class SignInThrottleTest {

    private final AtomicLong now = new AtomicLong();
    private final SignInThrottle throttle = new SignInThrottle(new SignInThrottleSettings(3, 5, Duration.ofMinutes(15)),
            new TimeMeter() {
                @Override
                public long currentTimeNanos() {
                    return now.get();
                }

                @Override
                public boolean isWallClockBased() {
                    return false;
                }
            });

    @Test
    void a_username_is_held_back_after_its_failures_until_the_window_forgives_one() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.refusal("Anna", "10.0.0.1")).isEmpty();
            throttle.failed("anna", "10.0.0.1");
        }

        assertThat(throttle.refusal("anna", "10.0.0.2")).as("from any address, in any letter case")
                .hasValueSatisfying(wait -> assertThat(wait).isEqualTo(Duration.ofMinutes(5)));
        assertThat(throttle.refusal("bert", "10.0.0.1")).as("another username").isEmpty();

        now.addAndGet(Duration.ofMinutes(5).toNanos());
        assertThat(throttle.refusal("anna", "10.0.0.1")).as("one failure forgiven").isEmpty();
        throttle.failed("anna", "10.0.0.1");
        assertThat(throttle.refusal("anna", "10.0.0.1")).isPresent();
    }

    @Test
    void an_address_guessing_many_usernames_is_held_back_for_all_of_them() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user-" + i, "10.0.0.9");
        }

        assertThat(throttle.refusal("someone-else", "10.0.0.9")).isPresent();
        assertThat(throttle.refusal("someone-else", "10.0.0.8")).isEmpty();
    }

    @Test
    void the_right_password_forgives_the_usernames_failures() {
        throttle.failed("carla", "10.0.0.3");
        throttle.failed("carla", "10.0.0.3");
        throttle.succeeded("carla", "10.0.0.3");
        throttle.failed("carla", "10.0.0.3");
        throttle.failed("carla", "10.0.0.3");

        assertThat(throttle.refusal("carla", "10.0.0.3")).isEmpty();
    }

    // F-18: the hard lock let one client lock out the whole desk, and anyone lock out admin.

    @Test
    void a_stranger_guessing_at_a_username_cannot_lock_it_out_where_it_signed_in_before() {
        throttle.succeeded("admin", "10.0.0.1");
        for (int i = 0; i < 20; i++) {
            throttle.failed("admin", "10.6.6." + i);
        }

        assertThat(throttle.refusal("admin", "10.6.6.1")).as("the stranger").isPresent();
        assertThat(throttle.refusal("admin", "10.0.0.7")).as("another unknown address").isPresent();
        assertThat(throttle.refusal("admin", "10.0.0.1")).as("the admin's own address").isEmpty();
    }

    @Test
    void one_client_behind_a_shared_address_cannot_lock_out_colleagues_who_signed_in_there() {
        throttle.succeeded("bert", "10.0.0.50");
        for (int i = 0; i < 10; i++) {
            throttle.failed("guess-" + i, "10.0.0.50");
        }

        assertThat(throttle.refusal("newcomer", "10.0.0.50")).isPresent();
        assertThat(throttle.refusal("bert", "10.0.0.50")).isEmpty();
    }

    @Test
    void a_known_address_keeps_its_own_budget() {
        throttle.succeeded("dora", "10.0.0.4");
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.refusal("dora", "10.0.0.4")).isEmpty();
            throttle.failed("dora", "10.0.0.4");
        }

        assertThat(throttle.refusal("dora", "10.0.0.4")).isPresent();
    }
}
