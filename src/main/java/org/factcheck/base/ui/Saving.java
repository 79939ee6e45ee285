package org.factcheck.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import org.factcheck.base.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs a save from a form and turns what can go wrong into something the reviewer understands:
 * a conflicting edit opens the conflict handling; a {@link Refusal}, a role that does not allow the
 * change or a value beyond the record's own limits a message saying so. Anything else is a bug: it is
 * logged with its stack trace, and the reviewer is told only that nothing was saved, never a
 * library's words.
 */
public final class Saving {

    static final String FAILED = "Something went wrong; it was not saved. The error was logged.";

    private static final Logger log = LoggerFactory.getLogger(Saving.class);

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
        } catch (Refusal refused) {
            notify(refused.getMessage(), NotificationVariant.LUMO_ERROR);
        } catch (RuntimeException failed) {
            // A record's own limits, checked by Bean Validation when it is written; anything else is a bug.
            violations(failed).ifPresentOrElse(invalid -> notify(describe(invalid), NotificationVariant.LUMO_ERROR), () -> {
                log.error("A save failed for a reason nobody could be told", failed);
                notify(FAILED, NotificationVariant.LUMO_ERROR);
            });
        }
        return Optional.empty();
    }

    /**
     * The refusal of a record's own limits (its {@code @Size}, {@code @NotBlank}, ...), checked on every
     * write, as the fields and what is wrong with each: "Title: keep this to 500 characters or fewer."
     */
    public static String describe(ConstraintViolationException invalid) {
        return invalid.getConstraintViolations().stream()
                .map(violation -> field(violation.getPropertyPath().toString()) + ": " + violation.getMessage() + ".")
                .sorted()
                .collect(Collectors.joining(" "));
    }

    /** The violations a write was refused for, however the persistence layer wrapped them. */
    private static Optional<ConstraintViolationException> violations(Throwable failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException invalid) {
                return Optional.of(invalid);
            }
        }
        return Optional.empty();
    }

    /** "retractionNote" as "Retraction note". */
    private static String field(String property) {
        String words = property.substring(property.lastIndexOf('.') + 1).replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.isEmpty() ? "A field" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static void notify(String message, NotificationVariant variant) {
        Notification notification = Notification.show(message, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }
}
