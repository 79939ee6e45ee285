package org.factcheck.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.factcheck.claim.ClaimConditions;
import org.factcheck.verdict.VerdictStatus;
import org.factcheck.verdict.VerdictTransition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reports' SQL. Rows are handed over one at a time from a cursor (a fetch size inside a
 * read-only transaction), so a 100,000-claim export never holds more than one batch in memory.
 * The scope's conditions are the claims grid's own ({@link ClaimConditions}).
 */
@Repository
class ReportRows {

    /** Rows the PostgreSQL driver fetches per round trip; without a fetch size it reads the whole result. */
    private static final int FETCH_SIZE = 500;

    /**
     * A claim's columns with its verdict's (the rating and review date may be missing), and what it
     * rests on, one line per item: the sources it appears in, the entities it mentions, the evidence.
     */
    private static final String CLAIMS = """
            select c.id as claim_id, c.text, claimant.name as claimant, c.claim_date,
                   v.rating_label as rating, v.status as verdict_status, v.published_at, v.rationale, v.headline,
                   (select s.language from claim_appearance a join source_listing s on s.id = a.source_id
                    where a.claim_id = c.id order by s.published_on nulls last, a.id limit 1) as language,
                   (select string_agg(s.title || ' — ' || s.outlet || coalesce(', ' || s.published_on, '')
                                      || coalesce(' <' || s.url || '>', ''), E'\n' order by s.published_on nulls last, s.id)
                    from source_listing s where s.id in (select a.source_id from claim_appearance a where a.claim_id = c.id)) as sources,
                   (select string_agg(e.name, E'\n' order by e.name)
                    from claim_mention ce join entity_name e on e.id = ce.entity_id where ce.claim_id = c.id) as entities,
                   (select string_agg(ev.stance || ': ' || coalesce(s.title || ' — ' || s.outlet,
                                                               ev.title || coalesce(' — ' || ev.publisher, ''))
                                      || coalesce(' <' || coalesce(ev.url, s.url) || '>', '')
                                      || coalesce(' "' || ev.quote || '"', ''), E'\n' order by ev.position, ev.id)
                    from evidence_item ev left join source_listing s on s.id = ev.source_id where ev.verdict_id = v.id) as evidence
            %s
            from %s
            left join entity_name claimant on claimant.id = c.claimant_id
            left join verdict_summary v on v.claim_id = c.id
            %s
            """;

    private static final String APPEARANCE_COLUMNS = """
            , a.id as appearance_id, a.quote, s.title as source_title, s.url as source_url,
              s.published_on as source_date, s.language as source_language
            """;

    private static final String APPEARANCE_JOIN = """
            join claim_appearance a on a.claim_id = c.id
            join source_listing s on s.id = a.source_id
            """;

    private static final String PUBLISHED_CLAIMS = """
            from %s
            join verdict_summary v on v.claim_id = c.id and v.status = 'PUBLISHED'
            """.formatted(ClaimConditions.claims("c"));

    private static final String ALL_CLAIMS = """
            from %s
            left join verdict_summary v on v.claim_id = c.id
            """.formatted(ClaimConditions.claims("c"));

    private final JdbcClient jdbc;

    ReportRows(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = JdbcClient.create(new NamedParameterJdbcTemplate(template));
    }

    /** Hands each claim in the scope to the consumer, in claim id order. */
    void claims(ReportScope scope, RowConsumer consumer) {
        query(scope, String.format(CLAIMS, "", ClaimConditions.claims("c"), ""), "c.id", consumer);
    }

    /** Hands each appearance of each claim in the scope to the consumer, by claim then appearance. */
    void appearances(ReportScope scope, RowConsumer consumer) {
        query(scope, String.format(CLAIMS, APPEARANCE_COLUMNS, ClaimConditions.claims("c"), APPEARANCE_JOIN), "c.id, a.id", consumer);
    }

    /** Hands the id of each claim in the scope that has a published verdict to the consumer, in id order. */
    void publishedClaimIds(ReportScope scope, RowConsumer consumer) {
        query(scope, "select c.id as claim_id\n" + PUBLISHED_CLAIMS, "c.id", consumer);
    }

    /** How many claims the scope has; only those with a published verdict if {@code published}. */
    int count(ReportScope scope, boolean published) {
        ClaimConditions where = where(scope);
        return jdbc.sql("select count(*) " + (published ? PUBLISHED_CLAIMS : ALL_CLAIMS) + where.where())
                .params(where.parameters()).query(Integer.class).single();
    }

    /**
     * The provenance of each of these claims' verdicts: the workflow steps in order, and the SHA-256
     * of every source the claim appears in. Two queries for the whole batch.
     */
    Map<Long, Provenance> provenanceOf(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Provenance.Step>> steps = new HashMap<>();
        jdbc.sql("""
                        select t.claim_id, t.from_status, t.to_status, t.made_by, t.made_at
                        from verdict_step t
                        where t.claim_id in (:claims)
                        order by t.claim_id, t.made_at, t.id""")
                .param("claims", claimIds)
                .query((RowCallbackHandler) row -> steps.computeIfAbsent(row.getLong("claim_id"), id -> new ArrayList<>())
                        .add(new Provenance.Step(
                                VerdictTransition.step(status(row.getString("from_status")), status(row.getString("to_status"))),
                                row.getString("made_by"), row.getObject("made_at", OffsetDateTime.class).toInstant())));
        Map<Long, Map<Long, String>> hashes = new HashMap<>();
        jdbc.sql("""
                        select distinct a.claim_id, s.id as source_id, s.sha256
                        from claim_appearance a join source_listing s on s.id = a.source_id
                        where a.claim_id in (:claims)""")
                .param("claims", claimIds)
                .query((RowCallbackHandler) row -> hashes.computeIfAbsent(row.getLong("claim_id"), id -> new LinkedHashMap<>())
                        .put(row.getLong("source_id"), row.getString("sha256")));
        Map<Long, Provenance> provenance = new HashMap<>();
        for (Long claimId : claimIds) {
            provenance.put(claimId, new Provenance(steps.getOrDefault(claimId, List.of()), hashes.getOrDefault(claimId, Map.of())));
        }
        return provenance;
    }

    /** The names of the records a scope names: the claim's text, the entity's name, the source's title. */
    record Names(Optional<String> claim, Optional<String> entity, Optional<String> source) {
    }

    Names namesIn(ReportScope scope) {
        return new Names(name("select text from claim_statement where id = ?", scope.claim()),
                name("select name from entity_name where id = ?", scope.entity()),
                name("select title from source_listing where id = ?", scope.source()));
    }

    private Optional<String> name(String sql, Long id) {
        return id == null ? Optional.empty() : jdbc.sql(sql).param(id).query(String.class).optional();
    }

    private static VerdictStatus status(String name) {
        return name == null ? null : VerdictStatus.valueOf(name);
    }

    private void query(ReportScope scope, String select, String orderBy, RowConsumer consumer) {
        ClaimConditions where = where(scope);
        jdbc.sql(select + where.where() + "order by " + orderBy).params(where.parameters())
                .query((RowCallbackHandler) consumer::accept);
    }

    /** The grid's conditions, or the one claim. */
    private static ClaimConditions where(ReportScope scope) {
        if (scope.claim() != null) {
            return ClaimConditions.only(scope.claim(), "c");
        }
        return ClaimConditions.of(scope.filter(), "c");
    }

    /** One row of a report query, read from the result set while it is current. */
    @FunctionalInterface
    interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }
}
