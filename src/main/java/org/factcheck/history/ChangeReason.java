package org.factcheck.history;

import jakarta.persistence.EntityManager;
import java.util.function.Supplier;
import org.hibernate.envers.AuditReaderFactory;

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

    /**
     * Gives the reason to the revision the current transaction commits, unless it has one already
     * (the first reason given stands). For services, which run inside their own transaction: the
     * revision is only written when that transaction commits, after {@link #with} would have ended.
     */
    public static void forThisTransaction(EntityManager entityManager, String reason) {
        if (reason == null || reason.isBlank()) {
            return;
        }
        Revision revision = AuditReaderFactory.get(entityManager).getCurrentRevision(Revision.class, false);
        if (revision.getReason() == null) {
            revision.setReason(reason.strip());
        }
    }

    static String current() {
        return REASON.get();
    }
}
