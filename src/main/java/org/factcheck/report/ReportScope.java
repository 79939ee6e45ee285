package org.factcheck.report;

import java.time.LocalDate;
import org.factcheck.claim.CheckWorthiness;
import org.factcheck.claim.ClaimFilter;
import org.factcheck.claim.ClaimStatus;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Which claims a report covers: the claims grid's filter (with its range of claim dates), or one
 * claim; every field optional. {@code rating} is a rating label; {@code from} and {@code to} are
 * inclusive; {@code text} matches words in the claim; {@code claim} selects that claim alone.
 */
public record ReportScope(ClaimStatus status, String rating, Long entity, Long source,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        String text, CheckWorthiness checkWorthiness, Long claim) {

    /** PostgreSQL refuses a NUL character in any text; no rating label has one, so it is dropped. */
    public ReportScope {
        rating = rating == null ? null : rating.replace("\0", "");
    }

    public static ReportScope everything() {
        return of(ClaimFilter.none());
    }

    /** The claims the grid shows with this filter. */
    public static ReportScope of(ClaimFilter filter) {
        return new ReportScope(filter.status(), filter.rating(), filter.entityId(), filter.sourceId(), filter.claimedFrom(),
                filter.claimedTo(), filter.text(), filter.checkWorthiness(), null);
    }

    /** This claim alone. */
    public static ReportScope ofClaim(long claimId) {
        return new ReportScope(null, null, null, null, null, null, null, null, claimId);
    }

    ClaimFilter filter() {
        return new ClaimFilter(text, status, rating, entity, source, checkWorthiness, null, from, to);
    }
}
