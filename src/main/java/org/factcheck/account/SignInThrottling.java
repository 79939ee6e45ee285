package org.factcheck.account;

/** What the login page needs to know of throttled sign-ins: how the wait reaches it, and how to say it. */
public final class SignInThrottling {

    /** The login page's query parameter that carries the minutes to wait. */
    public static final String THROTTLED_PARAMETER = "throttled";

    private SignInThrottling() {
    }

    /** The minutes in the parameter; anything unreadable (someone typed the address) counts as one. */
    public static long minutes(String parameter) {
        try {
            return Math.max(1, Math.min(Long.parseLong(parameter), 24 * 60));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** What the person signing in is told. */
    public static String message(long minutes) {
        return "Too many failed sign-ins; try again in " + minutes + (minutes == 1 ? " minute." : " minutes.");
    }
}
