package org.factcheck.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reports' SQL. Rows are handed over one at a time from a cursor (a fetch size inside a
 * read-only transaction), so a 100,000-claim export never holds more than one batch in memory.
 */
@Repository
class ReportRows {

    /** Rows the PostgreSQL driver fetches per round trip; without a fetch size it reads the whole result. */
    private static final int FETCH_SIZE = 500;

    /** A claim's columns with its verdict's; the rating and review date may be missing. */
    private static final String CLAIMS = """
            select c.id as claim_id, c.text, claimant.name as claimant, c.claim_date,
                   r.label as rating, v.status as verdict_status, v.published_at,
                   (select s.language from appearance a join source s on s.id = a.source_id
                    where a.claim_id = c.id order by s.published_on nulls last, a.id limit 1) as language
            %s
            from claim c
            left join entity claimant on claimant.id = c.claimant_id
            left join verdict v on v.claim_id = c.id
            left join rating r on r.id = v.rating_id
            %s
            """;

    private static final String APPEARANCE_COLUMNS = """
            , a.id as appearance_id, a.quote, s.title as source_title, s.url as source_url,
              s.published_on as source_date, s.language as source_language
            """;

    private static final String APPEARANCE_JOIN = """
            join appearance a on a.claim_id = c.id
            join source s on s.id = a.source_id
            """;

    private final JdbcClient jdbc;

    ReportRows(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = JdbcClient.create(new NamedParameterJdbcTemplate(template));
    }

    /** Hands each claim in the scope to the consumer, in claim id order. */
    void claims(ReportScope scope, RowConsumer consumer) {
        query(scope, String.format(CLAIMS, "", ""), "c.id", consumer);
    }

    /** Hands each appearance of each claim in the scope to the consumer, by claim then appearance. */
    void appearances(ReportScope scope, RowConsumer consumer) {
        query(scope, String.format(CLAIMS, APPEARANCE_COLUMNS, APPEARANCE_JOIN), "c.id, a.id", consumer);
    }

    /** Hands the id of each claim in the scope that has a published verdict to the consumer, in id order. */
    void publishedClaimIds(ReportScope scope, RowConsumer consumer) {
        query(scope, """
                select c.id as claim_id
                from claim c
                join verdict v on v.claim_id = c.id and v.status = 'PUBLISHED'
                join rating r on r.id = v.rating_id
                """, "c.id", consumer);
    }

    private void query(ReportScope scope, String select, String orderBy, RowConsumer consumer) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (scope.status() != null) {
            conditions.add("c.status = :status");
            parameters.put("status", scope.status().name());
        }
        if (scope.rating() != null && !scope.rating().isBlank()) {
            conditions.add("lower(r.label) = lower(:rating)");
            parameters.put("rating", scope.rating().strip());
        }
        if (scope.entity() != null) {
            conditions.add("(c.claimant_id = :entity or exists "
                    + "(select 1 from claim_entity m where m.claim_id = c.id and m.entity_id = :entity))");
            parameters.put("entity", scope.entity());
        }
        if (scope.source() != null) {
            conditions.add("exists (select 1 from appearance sa where sa.claim_id = c.id and sa.source_id = :source)");
            parameters.put("source", scope.source());
        }
        if (scope.from() != null) {
            conditions.add("c.claim_date >= :from");
            parameters.put("from", scope.from());
        }
        if (scope.to() != null) {
            conditions.add("c.claim_date <= :to");
            parameters.put("to", scope.to());
        }
        String sql = select + (conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + "\n")
                + "order by " + orderBy;
        jdbc.sql(sql).params(parameters).query((RowCallbackHandler) consumer::accept);
    }

    /** One row of a report query, read from the result set while it is current. */
    @FunctionalInterface
    interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }
}
