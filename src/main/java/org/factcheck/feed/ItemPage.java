package org.factcheck.feed;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;

/** One page of a list; {@code next_cursor} fetches the next one and is null on the last. */
public record ItemPage<T>(
        List<T> items,
        @JsonProperty("next_cursor") @Schema(description = "Pass as cursor for the next page; null on the last page",
                types = {"string", "null"})
        String nextCursor) {

    /**
     * The page of up to {@code limit} items from rows fetched with one row to spare: the spare row
     * only tells that a next page exists, and the cursor points after the last row shown.
     */
    static <R, T> ItemPage<T> of(List<R> rows, int limit, Function<List<R>, List<T>> items, Function<R, String> cursorAfter) {
        boolean more = rows.size() > limit;
        List<R> shown = more ? rows.subList(0, limit) : rows;
        return new ItemPage<>(items.apply(shown), more ? cursorAfter.apply(shown.getLast()) : null);
    }
}
