package org.factcheck.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs a save from a form and turns what can go wrong into something the reviewer understands:
 * a conflicting edit opens the conflict handling, a refused action or a rejected value a message.
 */
public final class Saving {

    private Saving() {
    }

    /** Runs the save; returns its result, or empty when it failed and the reviewer was told why. */
    public static <T> Optional<T> attempt(Supplier<T> save, Runnable onConflict) {
        try {
            T saved = save.get();
            notify("Saved", NotificationVariant.LUMO_SUCCESS);
            return Optional.ofNullable(saved);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            onConflict.run();
        } catch (AccessDeniedException denied) {
            notify("Your role does not allow this change.", NotificationVariant.LUMO_ERROR);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            notify(refused.getMessage(), NotificationVariant.LUMO_ERROR);
        } catch (DataIntegrityViolationException rejected) {
            notify("The database refused this change: " + rootMessage(rejected), NotificationVariant.LUMO_ERROR);
        }
        return Optional.empty();
    }

    public static void notify(String message, NotificationVariant variant) {
        Notification notification = Notification.show(message, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }

    private static String rootMessage(Throwable problem) {
        Throwable cause = problem;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
