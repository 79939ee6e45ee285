package org.factcheck.account;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Counts failed sign-ins per username and per client address, so that passwords cannot be guessed
 * at speed: after the allowed failures, every further attempt for that username, or from that
 * address, is refused until the window has forgiven one failure again. A bucket of tokens per
 * key: each failure takes one, they come back steadily over the window. Only the most recently
 * seen keys are remembered, so a flood of made-up usernames cannot fill the memory.
 */
class SignInThrottle {

    static final int KEYS_REMEMBERED = 10_000;

    private final SignInThrottleSettings settings;
    private final TimeMeter clock;
    private final Map<String, Bucket> failures = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > KEYS_REMEMBERED;
        }
    });

    SignInThrottle(SignInThrottleSettings settings) {
        this(settings, TimeMeter.SYSTEM_NANOTIME);
    }

    SignInThrottle(SignInThrottleSettings settings, TimeMeter clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Empty if a sign-in for this username from this address may be tried now, else how long until it may. */
    Optional<Duration> refusal(String username, String address) {
        return wait(usernameKey(username)).or(() -> wait(addressKey(address)));
    }

    void failed(String username, String address) {
        bucket(usernameKey(username), settings.failuresPerUsername()).tryConsume(1);
        bucket(addressKey(address), settings.failuresPerAddress()).tryConsume(1);
    }

    /** The right password forgives the username's failures (not the address's: it may be guessing others). */
    void succeeded(String username) {
        failures.remove(usernameKey(username));
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent failure) {
        failed(failure.getAuthentication().getName(), addressOf(failure.getAuthentication()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        succeeded(success.getAuthentication().getName());
    }

    private static String addressOf(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "unknown";
    }

    private Optional<Duration> wait(String key) {
        Bucket bucket = failures.get(key);
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
    }

    private Bucket bucket(String key, int allowedFailures) {
        return failures.computeIfAbsent(key, any -> Bucket.builder()
                .addLimit(limit -> limit.capacity(allowedFailures).refillGreedy(allowedFailures, settings.window()))
                .withCustomTimePrecision(clock)
                .build());
    }

    private static String usernameKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
