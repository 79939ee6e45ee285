package org.factcheck.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The claims grid's query, in SQL: it joins the verdict and rating tables for the rating column and
 * filter (the verdict feature builds on claims, so claims cannot call it); the filter's conditions are
 * {@link ClaimConditions}.
 */
@Component
public class ClaimSummaries {

    /** The SQL of one page of the grid, with its named parameters. */
    public record Query(String sql, Map<String, Object> parameters) {
    }

    /** The grid's sortable columns and the SQL they sort by; nothing else reaches the ORDER BY. */
    private static final Map<String, String> SORTABLE = Map.of(
            "text", "c.text",
            "claimDate", "c.claim_date",
            "status", "c.status",
            "checkWorthiness", "c.check_worthiness",
            "rating", "r.position",
            "updatedAt", "c.updated_at");

    private final JdbcClient jdbc;

    ClaimSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ClaimSummary> find(ClaimFilter filter, Pageable page) {
        Query query = query(filter, page);
        return jdbc.sql(query.sql()).params(query.parameters()).query((row, n) -> new ClaimSummary(
                row.getLong("id"), row.getString("text"), row.getString("claimant"), row.getObject("claim_date", LocalDate.class),
                ClaimStatus.valueOf(row.getString("status")), CheckWorthiness.valueOf(row.getString("check_worthiness")),
                row.getString("rating"), row.getString("verdict_status"), row.getInt("appearances"),
                row.getTimestamp("updated_at").toInstant())).list();
    }

    /** The grid's SQL for this filter and page; public so that bench/claims-grid times exactly this. */
    public static Query query(ClaimFilter filter, Pageable page) {
        StringBuilder sql = new StringBuilder("""
                select c.id, c.text, claimant.name as claimant, c.claim_date, c.status, c.check_worthiness,
                       r.label as rating, v.status as verdict_status,
                       (select count(*) from appearance a where a.claim_id = c.id) as appearances, c.updated_at
                from claim c
                left join entity claimant on claimant.id = c.claimant_id
                left join verdict v on v.claim_id = c.id
                left join rating r on r.id = v.rating_id
                """);
        ClaimConditions where = ClaimConditions.of(filter);
        sql.append(where.where());
        Map<String, Object> parameters = new HashMap<>(where.parameters());
        sql.append("order by ").append(orderBy(page.getSort())).append(" limit :limit offset :offset");
        parameters.put("limit", page.getPageSize());
        parameters.put("offset", page.getOffset());
        return new Query(sql.toString(), parameters);
    }

    List<String> ratingLabels() {
        return jdbc.sql("select label from rating order by position").query(String.class).list();
    }

    private static String orderBy(Sort sort) {
        List<String> orders = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = SORTABLE.get(order.getProperty());
            if (column != null) {
                orders.add(column + (order.isAscending() ? " asc nulls last" : " desc nulls last"));
            }
        }
        orders.add(sort.isSorted() ? "c.id" : "c.updated_at desc, c.id desc");
        return String.join(", ", orders);
    }
}
