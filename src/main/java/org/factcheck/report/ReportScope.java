package org.factcheck.report;

import java.time.LocalDate;
import org.factcheck.claim.ClaimStatus;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Which claims a report covers: the claims grid's filter plus a range of claim dates, every field
 * optional. {@code rating} is a rating label; {@code from} and {@code to} are inclusive.
 */
public record ReportScope(ClaimStatus status, String rating, Long entity, Long source,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    /** PostgreSQL refuses a NUL character in any text; no rating label has one, so it is dropped. */
    public ReportScope {
        rating = rating == null ? null : rating.replace("\0", "");
    }

    public static ReportScope everything() {
        return new ReportScope(null, null, null, null, null, null);
    }
}
