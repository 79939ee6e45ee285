package org.factcheck.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits for the background embedding, which takes a second or so per batch, and longer on a busy machine. */
public final class Eventually {

    private static final Duration LONGEST = Duration.ofSeconds(90);

    private Eventually() {
    }

    public static void waitUntil(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(LONGEST);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited for " + what).isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
