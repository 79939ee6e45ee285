package org.factcheck.base;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One grid's way down a long list read by key. A Vaadin grid asks for pages by offset; this remembers
 * the key of the last row of each page it served, so the next page is read by key after it (keyset
 * paging) and page 1,000 costs what page 1 does. Only a jump to a page never reached by scrolling (a
 * dragged scrollbar) falls back to an offset. A new listing (another filter or order) starts afresh.
 *
 * @param <K> where a row stands in the list's order
 */
public final class KeysetScroll<K> {

    /** A page read, with the key of its last row (null when it is empty). */
    public record Page<T, K>(List<T> rows, K last) {
    }

    /** Reads the {@code limit} rows after {@code after}, or at {@code offset} when {@code after} is null. */
    @FunctionalInterface
    public interface Reader<T, K> {
        Page<T, K> read(K after, long offset, int limit);
    }

    private final Map<Long, K> keyBefore = new HashMap<>();
    private Object listing;

    /** The rows at {@code offset} of {@code listing} (anything equal for the same list: its filter and order). */
    public <T> List<T> page(Object listing, long offset, int limit, Reader<T, K> reader) {
        if (!listing.equals(this.listing)) {
            keyBefore.clear();
            this.listing = listing;
        }
        Page<T, K> page = reader.read(offset == 0 ? null : keyBefore.get(offset), offset, limit);
        if (page.last() != null) {
            keyBefore.put(offset + page.rows().size(), page.last());
        }
        return page.rows();
    }
}
