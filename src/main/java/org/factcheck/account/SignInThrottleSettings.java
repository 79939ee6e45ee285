package org.factcheck.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed sign-ins are let through before further ones are refused for a while.
 *
 * @param failuresPerUsername failures for one username ({@code factcheck.sign-in.failures-per-username})
 * @param failuresPerAddress  failures from one client address, whatever the usernames
 *                            ({@code factcheck.sign-in.failures-per-address})
 * @param window              the time in which that many failures are forgiven again, one by one
 *                            ({@code factcheck.sign-in.window})
 */
@ConfigurationProperties("factcheck.sign-in")
record SignInThrottleSettings(int failuresPerUsername, int failuresPerAddress, Duration window) {

    SignInThrottleSettings {
        if (failuresPerUsername < 1 || failuresPerAddress < 1 || window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("factcheck.sign-in.failures-per-username and .failures-per-address must be "
                    + "at least 1 and .window positive, not " + failuresPerUsername + ", " + failuresPerAddress + " and " + window);
        }
    }
}
