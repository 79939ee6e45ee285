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
 * Counts failed sign-ins so that passwords cannot be guessed at speed, with budgets a stranger cannot
 * spend for someone else. Each username at each client address has its own budget of failures; an
 * address where the username has signed in before is <em>known</em> to it, and only that budget applies
 * there. From unknown addresses, two more budgets apply: the username's (all unknown addresses
 * together) and the address's (all usernames together). So a stranger who guesses at {@code admin} locks
 * out only other strangers, never the admin at a known address, and one client behind a shared address
 * cannot lock out colleagues who signed in there before. After a budget is spent, attempts it covers are
 * refused until the window has forgiven one failure again. A bucket of tokens per key: each failure
 * takes one, they come back steadily over the window. Only the most recently seen keys and known
 * addresses are remembered, so a flood of made-up usernames cannot fill the memory.
 */
class SignInThrottle {

    static final int KEYS_REMEMBERED = 10_000;

    private final SignInThrottleSettings settings;
    private final TimeMeter clock;
    private final Map<String, Bucket> failures = recentlySeen();
    private final Map<String, Boolean> knownAddresses = recentlySeen();

    SignInThrottle(SignInThrottleSettings settings) {
        this(settings, TimeMeter.SYSTEM_NANOTIME);
    }

    SignInThrottle(SignInThrottleSettings settings, TimeMeter clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Empty if a sign-in for this username from this address may be tried now, else how long until it may. */
    Optional<Duration> refusal(String username, String address) {
        Optional<Duration> own = wait(pairKey(username, address));
        if (isKnown(username, address)) {
            return own;
        }
        return own.or(() -> wait(usernameKey(username))).or(() -> wait(addressKey(address)));
    }

    void failed(String username, String address) {
        bucket(pairKey(username, address), settings.failuresPerUsername()).tryConsume(1);
        if (!isKnown(username, address)) {
            bucket(usernameKey(username), settings.failuresPerUsername()).tryConsume(1);
            bucket(addressKey(address), settings.failuresPerAddress()).tryConsume(1);
        }
    }

    /**
     * The right password makes the address known to the username and forgives the username's failures
     * (not the address's: it may be guessing others).
     */
    void succeeded(String username, String address) {
        knownAddresses.put(pairKey(username, address), Boolean.TRUE);
        failures.remove(pairKey(username, address));
        failures.remove(usernameKey(username));
    }

    private boolean isKnown(String username, String address) {
        return knownAddresses.containsKey(pairKey(username, address));
    }

    private static <V> Map<String, V> recentlySeen() {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > KEYS_REMEMBERED;
            }
        });
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent failure) {
        failed(failure.getAuthentication().getName(), addressOf(failure.getAuthentication()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        succeeded(success.getAuthentication().getName(), addressOf(success.getAuthentication()));
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

    private static String pairKey(String username, String address) {
        return "pair:" + address + " " + usernameKey(username);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
