package org.factcheck.feed;

/** How many items a page holds and, past the first page, the cursor it continues from. */
record Paging(int limit, String cursor) {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    static final String LIMIT_DESCRIPTION = "Items per page, 1 to 100; 20 if left out";
    static final String CURSOR_DESCRIPTION = "The next_cursor of the page before; leave out for the first page";

    /** The reader's paging parameters, checked; either may be null (left out). */
    static Paging of(Integer limit, String cursor) {
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw Problems.badParameter("limit", "limit must be between 1 and " + MAX_LIMIT + ", not " + limit + ".");
        }
        return new Paging(limit == null ? DEFAULT_LIMIT : limit, cursor);
    }

    boolean isFirstPage() {
        return cursor == null;
    }

    /** The sort keys the cursor holds; call only past the first page. */
    long[] after(int keys) {
        return Cursor.decode(cursor, keys);
    }

    /** The query string of the page after this one, which starts after the given cursor. */
    String nextPageQuery(String nextCursor) {
        return "?limit=" + limit + "&cursor=" + nextCursor;
    }
}
