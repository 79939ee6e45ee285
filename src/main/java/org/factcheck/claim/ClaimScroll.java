package org.factcheck.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;

/**
 * One grid's way down a list of claims. The grid asks for pages by offset; this remembers the key of
 * the last claim of each page it served, so the next page is read by key after it (keyset paging) and
 * page 1,000 costs what page 1 does. Only a jump to a page never reached by scrolling (a dragged
 * scrollbar) falls back to an offset. A new filter or order starts afresh.
 */
public final class ClaimScroll {

    private final ClaimService claims;
    private final Map<Long, ClaimPage.Key> keyBefore = new HashMap<>();
    private List<Object> listing = List.of();

    public ClaimScroll(ClaimService claims) {
        this.claims = claims;
    }

    public List<ClaimSummary> page(ClaimFilter filter, Sort sort, long offset, int limit) {
        List<Object> asked = List.of(filter, sort);
        if (!asked.equals(listing)) {
            keyBefore.clear();
            listing = asked;
        }
        ClaimPage page = claims.page(filter, sort, offset == 0 ? null : keyBefore.get(offset), offset, limit);
        if (page.last() != null) {
            keyBefore.put(offset + page.claims().size(), page.last());
        }
        return page.claims();
    }
}
