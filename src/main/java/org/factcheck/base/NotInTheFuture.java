package org.factcheck.base;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A date that has already come somewhere on Earth: at most tomorrow in UTC, so that a reviewer
 * ahead of UTC can enter today's date, and a 2027 publication or a 2031 claim is refused. Checked on
 * every write like any constraint; forms also set their date picker's latest date from it.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotInTheFuture.Check.class)
public @interface NotInTheFuture {

    String MESSAGE = "This date is in the future: enter the date it happened";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<NotInTheFuture, LocalDate> {

        /** The latest date accepted now. */
        public static LocalDate latest() {
            return LocalDate.now(ZoneOffset.UTC).plusDays(1);
        }

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || !date.isAfter(latest());
        }
    }
}
