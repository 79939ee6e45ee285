package org.factcheck.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factcheck.base.SqlConditions;
import org.factcheck.claim.ClaimConditions;
import org.factcheck.entity.EntitySpellings;
import org.factcheck.entity.EntityType;
import org.factcheck.feed.EntityQueries.EntityRef;
import org.factcheck.verdict.Stance;
import org.factcheck.verdict.VerdictService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The feed's own SQL for fact-checks. Every query starts from a fact-check the public may see, and reads
 * the verdict module's tables only through the views it offers ({@code public_fact_check},
 * {@code public_evidence}, {@code public_correction}; V160, V161), which hold public columns only: never
 * the claim's note, the accounts, or who edited what. The claim filters are the claim module's
 * ({@link ClaimConditions}), the spelling search the entity module's ({@link EntitySpellings}).
 * A page costs a fixed handful of queries, whatever its size: the fact-checks, then their
 * appearances, mentions and evidence, each for the whole page at once.
 */
@Repository
class FactCheckQueries {

    /** A fact-check's own columns, before its appearances, entities and evidence are added. */
    record Row(long claimId, long verdictId, String headline, String language, String claimText, LocalDate claimDate,
            EntityRef claimant, FactCheck.Rating rating, String rationale, Instant publishedAt, Instant updatedAt,
            Retraction retraction) {
    }

    /** Where a page ends in the order of the list: newest published first, then highest id. */
    record Position(Instant publishedAt, long claimId) {
    }

    /** The public fact-checks (the verdict module's view, V160) with their claim and claimant. */
    private static final String FACT_CHECKS = """
            select c.id as claim_id, v.verdict_id, v.headline, v.language, c.text, c.claim_date,
                   claimant.id as claimant_id, claimant.name as claimant_name, claimant.type as claimant_type,
                   v.rating_label as label, v.rating_value as value, v.best_value, v.worst_value, v.rationale, v.published_at,
                   greatest(v.updated_at, c.updated_at, claimant.updated_at) as updated_at, v.retracted_at, v.retraction_note
            from public_fact_check v
            join claim_statement c on c.id = v.claim_id
            left join entity_name claimant on claimant.id = c.claimant_id
            """;

    private static final String PUBLISHED_FACT_CHECKS = FACT_CHECKS + " where v.status = 'PUBLISHED'";

    private final JdbcClient jdbc;

    FactCheckQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Published fact-checks that pass the filter, newest first, from just after the given position
     * (null for the first page):
     * keyset paging on the index of (published_at, claim_id), so newly published ones land before
     * a reader's cursor and a walk never repeats or skips one.
     */
    List<Row> page(FactCheckFilter filter, Position after, int limit) {
        SqlConditions where = new SqlConditions();
        if (after != null) {
            where.add("(v.published_at, v.claim_id) < (:after_published_at, :after_id)",
                    "after_published_at", Rows.timestamp(after.publishedAt()), "after_id", after.claimId());
        }
        where.addIfGiven(filter.ratingId(), "v.rating_id = :rating", "rating")
                .addIfGiven(filter.entityId(), "(" + ClaimConditions.madeBy("c", "entity") + " or "
                        + ClaimConditions.mentions("c", "entity") + ")", "entity")
                .addIfGiven(filter.sourceId(), ClaimConditions.appearsIn("c", "source"), "source")
                .addIfGiven(filter.updatedSince() == null ? null : Rows.timestamp(filter.updatedSince()),
                        "v.updated_at >= :updated_since", "updated_since")
                .addIfGiven(filter.text(), textSearch(), "text")
                .bind("limit", limit);
        return jdbc.sql(PUBLISHED_FACT_CHECKS + where.andAll() + " order by v.published_at desc, v.claim_id desc limit :limit")
                .params(where.parameters()).query(FactCheckQueries::row).list();
    }

    /** The published fact-checks among these claims, by claim id. */
    List<Row> findAll(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(PUBLISHED_FACT_CHECKS + " and c.id in (:ids) order by c.id").param("ids", claimIds)
                .query(FactCheckQueries::row).list();
    }

    Optional<Row> find(long id) {
        return jdbc.sql(PUBLISHED_FACT_CHECKS + " and c.id = :id").param("id", id).query(FactCheckQueries::row).optional();
    }

    /** The fact-check with this id if it is published, or was and has been retracted (with its retraction). */
    Optional<Row> findPublishedOrRetracted(long id) {
        return jdbc.sql(FACT_CHECKS + " where c.id = :id").param("id", id)
                .query(FactCheckQueries::row).optional();
    }

    /**
     * The text search: the words of the query (PostgreSQL full-text search, 'simple' configuration,
     * over the generated columns and GIN indexes of V70) in the claim or the rationale, or an entity
     * the claim involves whose name or alias is spelled like the query, found as the reviewers' search
     * finds it ({@link EntitySpellings}), so "Kazemi" finds claims about al-Kadhimi.
     * websearch_to_tsquery accepts any input, so no character of the query is syntax.
     * The entities that match are found once for the whole query (uncorrelated subqueries).
     */
    private static String textSearch() {
        String matchingEntities = EntitySpellings.idsSpelledLike("text");
        return "(c.search_vector @@ websearch_to_tsquery('simple', :text)"
                + " or v.search_vector @@ websearch_to_tsquery('simple', :text)"
                + " or c.claimant_id in (" + matchingEntities + ")"
                + " or c.id in (select ce.claim_id from claim_mention ce where ce.entity_id in (" + matchingEntities + ")))";
    }

    /** Where each claim was made, earliest source first, by claim. */
    Map<Long, List<FactCheck.Appearance>> appearancesOf(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        return Rows.grouped(jdbc.sql("""
                        select a.claim_id, a.source_id, s.title, s.outlet, s.url, s.published_on, s.published_on_precision,
                               s.language, a.quote
                        from claim_appearance a join source_listing s on s.id = a.source_id
                        where a.claim_id in (:claims)
                        order by a.claim_id, s.published_on nulls last, a.start_offset, a.id""")
                .param("claims", claimIds)
                .query((rs, n) -> Map.entry(rs.getLong("claim_id"), new FactCheck.Appearance(rs.getLong("source_id"),
                        rs.getString("title"), rs.getString("outlet"), rs.getString("url"),
                        Rows.partialDate(rs, "published_on", "published_on_precision"),
                        rs.getString("language"), rs.getString("quote"))))
                .list());
    }

    /** The entities each claim mentions, by name, by claim. */
    Map<Long, List<EntityRef>> mentionsOf(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        return Rows.grouped(jdbc.sql("""
                        select ce.claim_id, e.id, e.name, e.type
                        from claim_mention ce join entity_name e on e.id = ce.entity_id
                        where ce.claim_id in (:claims)
                        order by ce.claim_id, e.name, e.id""")
                .param("claims", claimIds)
                .query((rs, n) -> Map.entry(rs.getLong("claim_id"),
                        new EntityRef(rs.getLong("id"), rs.getString("name"), EntityType.valueOf(rs.getString("type")))))
                .list());
    }

    /**
     * The evidence of each verdict, in the desk's order, by verdict (the verdict module's view
     * {@code public_evidence}, V161, which completes a citation of a source here from the source), with
     * the copy of each cited page the archive pinned to the published version ({@code public_archived_copy}, V230).
     */
    Map<Long, List<FactCheck.Evidence>> evidenceOf(Collection<Long> verdictIds) {
        if (verdictIds.isEmpty()) {
            return Map.of();
        }
        return Rows.grouped(jdbc.sql("""
                        select e.verdict_id, e.stance, e.title, e.publisher, e.url, e.published_on,
                               e.published_on_precision as precision, e.accessed_on, e.quote,
                               a.capture_id, a.sha256, a.taken_at
                        from public_evidence e
                        left join public_archived_copy a on a.verdict_id = e.verdict_id and a.url = e.url
                        where e.verdict_id in (:verdicts)
                        order by e.verdict_id, e.position, e.id""")
                .param("verdicts", verdictIds)
                .query((rs, n) -> Map.entry(rs.getLong("verdict_id"), new FactCheck.Evidence(
                        Stance.valueOf(rs.getString("stance")), rs.getString("title"), rs.getString("publisher"),
                        rs.getString("url"), Rows.partialDate(rs, "published_on", "precision"),
                        rs.getObject("accessed_on", LocalDate.class), rs.getString("quote"),
                        rs.getObject("capture_id") == null ? null : new FactCheck.ArchivedCopy("/archive/" + rs.getLong("capture_id"),
                                rs.getString("sha256"), Rows.instant(rs, "taken_at")))))
                .list());
    }

    /**
     * The public correction notes of each verdict, oldest first, by verdict: every published version
     * after the first. Who published it is an account name and stays internal.
     */
    Map<Long, List<FactCheck.Correction>> correctionsOf(Collection<Long> verdictIds) {
        if (verdictIds.isEmpty()) {
            return Map.of();
        }
        return Rows.grouped(jdbc.sql("""
                        select p.verdict_id, p.published_at, p.correction_note
                        from public_correction p
                        where p.verdict_id in (:verdicts)
                        order by p.verdict_id, p.version_number""")
                .param("verdicts", verdictIds)
                .query((rs, n) -> Map.entry(rs.getLong("verdict_id"), new FactCheck.Correction(
                        rs.getObject("published_at", OffsetDateTime.class).toLocalDate(), rs.getString("correction_note"))))
                .list());
    }

    /**
     * The latest change to a verdict that is or was public, its claim or its claimant: a publication, an
     * edit, or a retraction (which removes an item, so the items left cannot tell).
     */
    Instant lastPublicChange() {
        return jdbc.sql("""
                        select coalesce(max(greatest(v.updated_at, c.updated_at, claimant.updated_at)), 'epoch')
                        from public_fact_check v join claim_statement c on c.id = v.claim_id
                        left join entity_name claimant on claimant.id = c.claimant_id""")
                .query(OffsetDateTime.class).single().toInstant();
    }

    /**
     * The latest change to what these claims' fact-checks show beside the verdict, the claim and the
     * claimant (which {@link Row#updatedAt} covers): the entities they mention, the aliases of those and of
     * the claimant, and the sources they appear in or cite. A renamed entity changes the answer, so it
     * moves Last-Modified too.
     */
    Instant lastChangeShown(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Instant.EPOCH;
        }
        return jdbc.sql("""
                        select coalesce(max(changed), 'epoch') from (
                            select e.updated_at as changed from claim_mention ce join entity_name e on e.id = ce.entity_id
                            where ce.claim_id in (:claims)
                            union all
                            select a.updated_at from entity_alias a
                            where a.entity_id in (select ce.entity_id from claim_mention ce where ce.claim_id in (:claims)
                                                  union all select c.claimant_id from claim_statement c where c.id in (:claims))
                            union all
                            select s.updated_at from claim_appearance a join source_listing s on s.id = a.source_id where a.claim_id in (:claims)
                            union all
                            select s.updated_at from public_fact_check v join public_evidence e on e.verdict_id = v.verdict_id join source_listing s on s.id = e.source_id
                            where v.claim_id in (:claims)) shown""")
                .param("claims", claimIds).query(OffsetDateTime.class).single().toInstant();
    }

    /** The ratings of the default scale by id, in the scale's order. */
    Map<Long, String> ratingLabels() {
        Map<Long, String> labels = new LinkedHashMap<>();
        jdbc.sql("select r.id, r.label from rating_on_scale r where r.scale = :scale order by r.position")
                .param("scale", VerdictService.DEFAULT_SCALE)
                .query(rs -> {
                    labels.put(rs.getLong("id"), rs.getString("label"));
                });
        return labels;
    }

    List<PublishedFactChecks.RatingOnScale> ratingScale() {
        return jdbc.sql("select r.label, r.value, r.description from rating_on_scale r"
                        + " where r.scale = :scale order by r.position")
                .param("scale", VerdictService.DEFAULT_SCALE)
                .query((rs, n) -> new PublishedFactChecks.RatingOnScale(rs.getString("label"), rs.getInt("value"),
                        rs.getString("description")))
                .list();
    }

    /**
     * The pages of every published or retracted fact-check, and of every entity a published one involves.
     */
    List<PublishedFactChecks.PublicPage> publicPages() {
        List<PublishedFactChecks.PublicPage> pages = new ArrayList<>(jdbc.sql("""
                        select v.claim_id, v.headline, greatest(v.updated_at, v.retracted_at) as changed from public_fact_check v
                        order by v.claim_id""")
                .query((rs, n) -> new PublishedFactChecks.PublicPage(
                        PublicationSettings.factCheckPath(rs.getLong("claim_id"), rs.getString("headline")), Rows.instant(rs, "changed")))
                .list());
        pages.addAll(jdbc.sql("select e.id, e.name, e.updated_at from entity_name e where "
                        + EntityQueries.IN_A_PUBLISHED_FACT_CHECK + " order by e.id")
                .query((rs, n) -> new PublishedFactChecks.PublicPage(
                        PublicationSettings.entityPath(rs.getLong("id"), rs.getString("name")), Rows.instant(rs, "updated_at")))
                .list());
        return pages;
    }

    /** Whether a published fact-check's claim appears in the source. */
    boolean isPublicSource(long sourceId) {
        return jdbc.sql("""
                        select exists (select 1 from claim_appearance a join public_fact_check v on v.claim_id = a.claim_id
                                       where a.source_id = :source and v.status = 'PUBLISHED')""")
                .param("source", sourceId).query(Boolean.class).single();
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        long claimantId = rs.getLong("claimant_id");
        EntityRef claimant = rs.wasNull() ? null
                : new EntityRef(claimantId, rs.getString("claimant_name"), EntityType.valueOf(rs.getString("claimant_type")));
        Instant retractedAt = Rows.instant(rs, "retracted_at");
        return new Row(rs.getLong("claim_id"), rs.getLong("verdict_id"), rs.getString("headline"), rs.getString("language"),
                rs.getString("text"), rs.getObject("claim_date", LocalDate.class), claimant,
                new FactCheck.Rating(rs.getString("label"), rs.getInt("value"), rs.getInt("best_value"), rs.getInt("worst_value")),
                rs.getString("rationale"), Rows.instant(rs, "published_at"), Rows.instant(rs, "updated_at"),
                retractedAt == null ? null : new Retraction(retractedAt, rs.getString("retraction_note")));
    }
}
