package org.factcheck.claim;

import java.util.List;
import org.factcheck.base.KeysetScroll;
import org.springframework.data.domain.Sort;

/**
 * One grid's way down a list of claims, read by key after the last claim of the page before
 * ({@link KeysetScroll}), so page 1,000 costs what page 1 does. A new filter or order starts afresh.
 */
public final class ClaimScroll {

    private final ClaimService claims;
    private final KeysetScroll<ClaimPage.Key> scroll = new KeysetScroll<>();

    public ClaimScroll(ClaimService claims) {
        this.claims = claims;
    }

    public List<ClaimSummary> page(ClaimFilter filter, Sort sort, long offset, int limit) {
        return scroll.page(List.of(filter, sort), offset, limit, (after, from, size) -> {
            ClaimPage page = claims.page(filter, sort, after, from, size);
            return new KeysetScroll.Page<>(page.claims(), page.last());
        });
    }
}
