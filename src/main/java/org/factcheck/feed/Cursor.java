package org.factcheck.feed;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;

/**
 * Opaque page cursors: the sort key of the last item a page showed, base64url-encoded. Readers
 * must not build them; anything this API did not give out is refused as a bad {@code cursor}.
 */
final class Cursor {

    static final String PARAMETER = "cursor";

    private Cursor() {
    }

    static String encode(long... keys) {
        String plain = Arrays.stream(keys).mapToObj(Long::toString).collect(Collectors.joining("."));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** The keys of a cursor that must hold exactly this many. */
    static long[] decode(String cursor, int keys) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split("\\.", -1);
            if (parts.length != keys) {
                throw invalid();
            }
            return Arrays.stream(parts).mapToLong(Long::parseLong).toArray();
        } catch (IllegalArgumentException notBase64OrNotNumbers) {
            throw invalid();
        }
    }

    /** The problem for a cursor that does not hold what it must, whatever the reason. */
    static RuntimeException invalid() {
        return Problems.badParameter(PARAMETER, "This cursor was not given out by this list. Use the next_cursor "
                + "of the page before, unchanged, or leave the cursor out to start at the first page.");
    }
}
