package org.factcheck.claim;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.factcheck.base.SqlConditions;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The claims grid's query, in SQL. Each order the grid offers is one index of V141, read forwards or
 * backwards with the id as tie-breaker, so a page is a short index scan; the next page is read by key
 * (after the last claim shown), so the thousandth page costs what the first does. The claimant, the
 * rating's label (the verdict module's view {@code claim_verdict}, V160) and the count of appearances
 * are looked up for the page's claims only. The filter's conditions are {@link ClaimConditions}. The due
 * date's order is V320's, in the same shape.
 */
@Component
public class ClaimSummaries {

    /** The SQL of one page of the grid, with its named parameters. */
    public record Query(String sql, Map<String, Object> parameters) {
    }

    /** An order of the grid: the SQL it sorts by, ascending and descending, as indexed in V141. */
    private record Order(String ascending, String descending) {
    }

    /** The grid's sortable columns; nothing else reaches the ORDER BY. */
    private static final Map<String, Order> SORTABLE = Map.of(
            "text", new Order("c.text", "c.text"),
            "claimDate", new Order("coalesce(c.claim_date, date '9999-12-31')", "coalesce(c.claim_date, date '0001-01-01')"),
            "status", new Order("claim_status_rank(c.status)", "claim_status_rank(c.status)"),
            "checkWorthiness", new Order("check_worthiness_rank(c.check_worthiness)",
                    "check_worthiness_rank(c.check_worthiness)"),
            "rating", new Order("coalesce(c.rating_position, 2147483647)", "coalesce(c.rating_position, 0)"),
            "updatedAt", new Order("c.updated_at", "c.updated_at"),
            "dueDate", new Order("coalesce(c.due_date, date '9999-12-31')", "coalesce(c.due_date, date '0001-01-01')"));
    /**
     * Up to this many claims of a text filter (as the planner expects), its page is sorted from all of them:
     * tens of milliseconds for 5,500 at a million claims (docs/benchmarks.md, section 13).
     */
    public static final long FEW_TEXT_MATCHES = 30_000;
    private static final Pattern PLANNED_ROWS = Pattern.compile("\"Plan Rows\":\\s*(\\d+)");
    /** What a page's claim is read with, under the order's key. */
    private static final String COLUMNS = """
            select c.id, c.text, c.claimant_id, c.claim_date, c.status, c.check_worthiness, c.updated_at,
                   c.due_date, %s as sort_key
            from claim c
            """;
    /** Latest changed first, when the reviewer has not chosen an order. */
    private static final Sort.Order DEFAULT_ORDER = Sort.Order.desc("updatedAt");

    private final JdbcClient jdbc;

    ClaimSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ClaimSummary> find(ClaimFilter filter, Pageable page) {
        return find(filter, page.getSort(), null, page.getOffset(), page.getPageSize()).claims();
    }

    ClaimPage find(ClaimFilter filter, Sort sort, ClaimPage.Key after, long offset, int limit) {
        Query query = query(filter, sort, after, offset, limit, fewHaveText(filter));
        List<KeyedSummary> rows = jdbc.sql(query.sql()).params(query.parameters())
                .query((row, n) -> new KeyedSummary(summary(row), keyOf(row)))
                .list();
        return new ClaimPage(rows.stream().map(KeyedSummary::summary).toList(),
                rows.isEmpty() ? null : rows.getLast().key());
    }

    private record KeyedSummary(ClaimSummary summary, ClaimPage.Key key) {
    }

    /** The grid's SQL for this filter and page; public so that bench/claims-grid times exactly this. */
    public static Query query(ClaimFilter filter, Pageable page) {
        return query(filter, page.getSort(), null, page.getOffset(), page.getPageSize());
    }

    /**
     * The grid's SQL for the {@code limit} claims after {@code after} in this order, or, when the key of
     * the claim before is not known (a jump down the list), at {@code offset}.
     */
    public static Query query(ClaimFilter filter, Sort sort, ClaimPage.Key after, long offset, int limit) {
        return query(filter, sort, after, offset, limit, false);
    }

    /**
     * The same, the page sorted from all the claims with the filter's text when {@code sortMatches}
     * ({@link #fewHaveText} says whether to), walked in order otherwise.
     */
    public static Query query(ClaimFilter filter, Sort sort, ClaimPage.Key after, long offset, int limit, boolean sortMatches) {
        Sort.Order chosen = sort.stream().filter(order -> SORTABLE.containsKey(order.getProperty())).findFirst()
                .orElse(DEFAULT_ORDER);
        Order order = SORTABLE.get(chosen.getProperty());
        // Sorting by a column the filter holds to one value is sorting by the tie-breaker alone; said so, the
        // planner walks the ids instead of the column's index, past every claim of the other values.
        String key = fixes(filter, chosen.getProperty()) ? "c.id"
                : chosen.isAscending() ? order.ascending() : order.descending();
        String direction = chosen.isAscending() ? "asc" : "desc";
        ClaimConditions where = ClaimConditions.of(filter, "c");
        Map<String, Object> parameters = new HashMap<>(where.parameters());
        String afterKey = "";
        if (after != null) {
            afterKey = "(" + key + ", c.id) " + (chosen.isAscending() ? ">" : "<") + " (:afterKey, :afterId)";
            parameters.put("afterKey", after.sortKey());
            parameters.put("afterId", after.id());
        }
        parameters.put("limit", limit);
        parameters.put("offset", after == null ? offset : 0);
        List<String> bounds = new ArrayList<>();
        if (!afterKey.isEmpty()) {
            bounds.add(afterKey);
        }
        // The date range again in the terms of the date order's index, so the page is a range of it;
        // the filter's own conditions already leave out undated claims.
        if (chosen.getProperty().equals("claimDate")) {
            if (filter.claimedFrom() != null) {
                bounds.add(key + " >= :claimedFrom");
            }
            if (filter.claimedTo() != null) {
                bounds.add(key + " <= :claimedTo");
            }
        }
        List<String> branches = new ArrayList<>();
        for (SqlConditions branch : where.branches()) {
            List<String> conditions = new ArrayList<>(branch.conditions());
            conditions.addAll(bounds);
            branches.add(COLUMNS.formatted(key) + (conditions.isEmpty() ? "" : "where " + String.join("\n and ", conditions))
                    + "\norder by %1$s %2$s, c.id %2$s\n".formatted(key, direction));
        }
        // One branch is the page itself; the page of several is the first claims of their union, so each
        // branch gives at most as many as the page could need.
        String page = branches.size() == 1 ? branches.getFirst() + "limit :limit offset :offset"
                : "select * from (" + branches.stream().map(branch -> "(" + branch + "limit :window)")
                        .collect(Collectors.joining(" union ")) + ") branches\norder by sort_key %1$s, id %1$s limit :limit offset :offset"
                        .formatted(direction);
        parameters.put("window", limit + (after == null ? offset : 0));
        if (sortMatches && branches.size() == 1) {
            page = fromMatches(where.branches().getFirst(), key, direction, chosen.isAscending(), after != null);
        }
        String sql = """
                select p.id, p.text, p.claimant_id, claimant.name as claimant, p.claim_date, p.status, p.check_worthiness,
                       v.rating_label as rating, v.status as verdict_status,
                       (select count(*) from appearance a where a.claim_id = p.id) as appearances, p.updated_at, p.due_date,
                       p.sort_key
                from (%s) p
                left join entity_name claimant on claimant.id = p.claimant_id
                left join claim_verdict v on v.claim_id = p.id
                order by p.sort_key %s, p.id %s
                """.formatted(page, direction, direction);
        return new Query(sql, parameters);
    }

    private static boolean fixes(ClaimFilter filter, String property) {
        return switch (property) {
            case "status" -> filter.status() != null;
            case "checkWorthiness" -> filter.checkWorthiness() != null;
            // a claim whose status a reviewer set has no verdict, so no rating (V140's triggers keep it so)
            case "rating" -> filter.rating() != null && !filter.rating().isBlank()
                    || filter.status() != null && !filter.status().followsVerdict();
            default -> false;
        };
    }

    /**
     * A text filter's page sorted from all its matches. Walking an order's index and testing each claim's
     * text finds a page fast when matches are dense, but a word that is rare in the filter's other conditions
     * ("oil", and published) or clustered in the order (a template's words sorted by text) walks hundreds of
     * thousands of claims: 0.3–2 s at a million. The indexes give every match at once (the trigram index the
     * text's, bitmaps of the others' combined with it), at a cost that grows with the matches, each read from
     * the table; so the page is sorted from the matches when at most {@link #FEW_TEXT_MATCHES} are expected,
     * and walked in order past that.
     */
    private static String fromMatches(SqlConditions conditions, String key, String direction, boolean ascending, boolean byKey) {
        return """
                with matched as materialized (select c.id, %s as sort_key from claim c %s)
                select c.id, c.text, c.claimant_id, c.claim_date, c.status, c.check_worthiness, c.updated_at, c.due_date, m.sort_key
                from (select id, sort_key from matched%s
                      order by sort_key %s, id %s limit :limit offset :offset) m
                join claim c on c.id = m.id
                """.formatted(key, conditions.where(),
                byKey ? " where (sort_key, id) " + (ascending ? ">" : "<") + " (:afterKey, :afterId)" : "", direction, direction);
    }

    /** Whether the planner expects few enough claims of a text filter to sort them all; see {@link #fromMatches}. */
    boolean fewHaveText(ClaimFilter filter) {
        if (filter.text() == null || filter.text().isBlank()) {
            return false;
        }
        Query estimate = estimateQuery(filter);
        Matcher rows = PLANNED_ROWS.matcher(jdbc.sql(estimate.sql()).params(estimate.parameters()).query(String.class).single());
        return rows.find() && Long.parseLong(rows.group(1)) <= FEW_TEXT_MATCHES;
    }

    /** Exactly up to {@link ClaimCount#EXACT_UP_TO}, then the planner's estimate from the statistics. */
    ClaimCount count(ClaimFilter filter) {
        Query exact = countQuery(filter);
        long counted = jdbc.sql(exact.sql()).params(exact.parameters()).query(Long.class).single();
        if (counted <= ClaimCount.EXACT_UP_TO) {
            return new ClaimCount(counted, true);
        }
        Query estimate = estimateQuery(filter);
        Matcher rows = PLANNED_ROWS.matcher(jdbc.sql(estimate.sql()).params(estimate.parameters()).query(String.class).single());
        return new ClaimCount(rows.find() ? Math.max(Long.parseLong(rows.group(1)), counted) : counted, false);
    }

    /** Counts the filter's claims, but stops at one more than {@link ClaimCount#EXACT_UP_TO}; public for bench/claims-grid. */
    public static Query countQuery(ClaimFilter filter) {
        ClaimConditions where = ClaimConditions.of(filter, "c");
        String branches = where.branches().stream()
                .map(branch -> "(select c.id from claim c " + branch.where()
                        + " limit " + (ClaimCount.EXACT_UP_TO + 1) + ")")
                .collect(Collectors.joining(" union "));
        return new Query("select count(*) from (" + branches + ") up_to", where.parameters());
    }

    /** The planner's plan (JSON) for the filter's claims, with its estimated row count; public for bench/claims-grid. */
    public static Query estimateQuery(ClaimFilter filter) {
        ClaimConditions where = ClaimConditions.of(filter, "c");
        return new Query("explain (format json) select 1 from claim c " + where.where(), where.parameters());
    }

    SequencedMap<String, Long> countByRating() {
        SequencedMap<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select rated.label, coalesce(sum(n.claims), 0) as claims
                from rating_label rated
                left join (select rating_position, count(*) as claims from claim
                           where rating_position is not null group by rating_position) n on n.rating_position = rated.position
                group by rated.label order by min(rated.position)""")
                .query((row, n) -> counts.put(row.getString("label"), row.getLong("claims"))).list();
        return counts;
    }

    List<String> ratingLabels() {
        return jdbc.sql("select label from rating_label order by position").query(String.class).list();
    }

    private static ClaimSummary summary(ResultSet row) throws SQLException {
        return new ClaimSummary(row.getLong("id"), row.getString("text"), row.getObject("claimant_id", Long.class),
                row.getString("claimant"),
                row.getObject("claim_date", LocalDate.class), ClaimStatus.valueOf(row.getString("status")),
                CheckWorthiness.valueOf(row.getString("check_worthiness")), row.getString("rating"),
                row.getString("verdict_status"), row.getInt("appearances"), row.getTimestamp("updated_at").toInstant(),
                row.getObject("due_date", LocalDate.class));
    }

    /**
     * Where a row of the grid's query stands in its order, in types that go back into the next page's
     * query unchanged (a moment with its offset, not a local timestamp); public for bench/claims-grid.
     */
    public static ClaimPage.Key keyOf(ResultSet row) throws SQLException {
        Object key = row.getObject("sort_key");
        return new ClaimPage.Key(key instanceof Timestamp ? row.getObject("sort_key", OffsetDateTime.class) : key,
                row.getLong("id"));
    }
}
