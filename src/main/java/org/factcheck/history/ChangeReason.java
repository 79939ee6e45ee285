package org.factcheck.history;

import java.util.function.Supplier;

/** A reason a reviewer gave for a change, carried to the revision the change produces. */
public final class ChangeReason {

    private static final ThreadLocal<String> REASON = new ThreadLocal<>();

    private ChangeReason() {
    }

    /** Runs the work with the reason attached to every revision it commits. */
    public static <T> T with(String reason, Supplier<T> work) {
        String previous = REASON.get();
        REASON.set(reason);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                REASON.remove();
            } else {
                REASON.set(previous);
            }
        }
    }

    static String current() {
        return REASON.get();
    }
}
