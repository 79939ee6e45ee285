package org.factcheck.base;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A web address readers can follow: an absolute {@code http} or {@code https} URI with a host, parsed as
 * one (RFC 3986), so quotes, angle brackets and spaces (markup smuggled into a link) are refused. Empty
 * (no address) is allowed.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WebAddress.Check.class)
public @interface WebAddress {

    String message() default "must be a web address starting with http:// or https://, with a host and no spaces, quotes or angle brackets";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<WebAddress, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isEmpty() || isWebAddress(value);
        }

        private static boolean isWebAddress(String value) {
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                return (scheme.equals("http") || scheme.equals("https")) && hasHost(uri);
            } catch (URISyntaxException notAnAddress) {
                return false;
            }
        }

        /**
         * java.net.URI knows only ASCII host names: an international one (bücher.example, موقع.example) has
         * its authority but no host, so it is checked in its ASCII form (IDNA), as a browser would look it up.
         */
        private static boolean hasHost(URI uri) throws URISyntaxException {
            if (uri.getHost() != null) {
                return !uri.getHost().isBlank();
            }
            String authority = uri.getRawAuthority();
            if (authority == null) {
                return false;
            }
            String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
            try {
                String ascii = IDN.toASCII(hostAndPort.replaceFirst(":[0-9]*$", ""), IDN.USE_STD3_ASCII_RULES);
                return !ascii.isEmpty() && new URI("http", ascii, "/", null).getHost() != null;
            } catch (IllegalArgumentException notAHostName) {
                return false;
            }
        }
    }
}
