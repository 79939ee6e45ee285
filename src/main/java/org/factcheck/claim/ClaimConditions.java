package org.factcheck.claim;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factcheck.base.SqlConditions;

/**
 * A {@link ClaimFilter} as SQL conditions with their bound parameters, over the claim table under the
 * alias the caller names: the claims grid and the exports select exactly the same claims. Only the
 * conditions the filter asks for are added, and each can be answered from an index on claim or a table
 * beside it (the rating from the claim's own rating position, V140), which keeps the plans simple at a
 * million claims. What other modules own is read through their views (V160). The entity and source
 * conditions are also offered one by one, for other queries over claims (the public API's filters).
 */
public record ClaimConditions(SqlConditions all, List<SqlConditions> eitherOf) {

    /** The filter's conditions over {@code claim}, the alias the query gives the claim table. */
    public static ClaimConditions of(ClaimFilter filter, String claim) {
        boolean anyText = filter.text() != null && !filter.text().isBlank();
        SqlConditions all = new SqlConditions()
                .addIfGiven(anyText ? "%" + likeEscaped(filter.text().strip()) + "%" : null,
                        claim + ".text ilike :text escape '\\'", "text")
                .addIfGiven(filter.status() == null ? null : filter.status().name(), claim + ".status = :status", "status")
                .addIfGiven(filter.rating() == null ? null : filter.rating().strip(), claim + ".rating_position is not null and "
                        + claim + ".rating_position in (select rated.position from rating_label rated where lower(rated.label) = lower(:rating))",
                        "rating")
                .addIfGiven(filter.sourceId(), appearsIn(claim, "source"), "source")
                .addIfGiven(filter.checkWorthiness() == null ? null : filter.checkWorthiness().name(),
                        claim + ".check_worthiness = :checkWorthiness", "checkWorthiness")
                .addIfGiven(filter.assignee(), claim + ".assignee_id = (select id from reviewer_username where username = :assignee)",
                        "assignee")
                .addIfGiven(filter.claimedFrom(), claim + ".claim_date >= :claimedFrom", "claimedFrom")
                .addIfGiven(filter.claimedTo(), claim + ".claim_date <= :claimedTo", "claimedTo")
                .addIfGiven(filter.overdue() ? Overdue.today() : null, Overdue.condition(claim, "today"), "today");
        List<SqlConditions> eitherOf = filter.entityId() == null ? List.of() : List.of(
                new SqlConditions().add(mentions(claim, "entity"), "entity", filter.entityId()),
                new SqlConditions().add(madeBy(claim, "entity"), "entity", filter.entityId()));
        return new ClaimConditions(all, eitherOf);
    }

    /** Only the claim with this id. */
    public static ClaimConditions only(long claimId, String claim) {
        return new ClaimConditions(new SqlConditions().add(claim + ".id = :claim", "claim", claimId), List.of());
    }

    /** The claim under alias {@code claim} mentions the entity bound as {@code entity}. */
    public static String mentions(String claim, String entity) {
        return "exists (select 1 from claim_entity m where m.claim_id = " + claim + ".id and m.entity_id = :" + entity + ")";
    }

    /**
     * The table these conditions are written over, under the alias the caller names ("claim c"): a
     * report or list that filters as the grid does selects its claims from here.
     */
    public static String claims(String alias) {
        return "claim " + alias;
    }

    /**
     * The claim under alias {@code claim} is not {@linkplain ClaimStatus#finished() finished}, in the words of
     * the partial indexes over open claims (V320, V321), so the planner answers from them.
     */
    public static String unfinished(String claim) {
        return claim + ".status not in " + Overdue.FINISHED_SQL;
    }

    /** The claim under alias {@code claim} was made by the entity bound as {@code entity}. */
    public static String madeBy(String claim, String entity) {
        return claim + ".claimant_id = :" + entity;
    }

    /** The claim under alias {@code claim} appears in the source bound as {@code source}. */
    public static String appearsIn(String claim, String source) {
        return "exists (select 1 from appearance sa where sa.claim_id = " + claim + ".id and sa.source_id = :" + source + ")";
    }

    /**
     * The conditions of each way a claim can match: one branch, or one per alternative (mentioned by an
     * entity, or made by it). A query that unites the branches answers each from its own index, where
     * PostgreSQL can only check an OR claim by claim: 1.2 s for an entity named in one claim.
     */
    public List<SqlConditions> branches() {
        return eitherOf.isEmpty() ? List.of(all) : eitherOf.stream().map(all::and).toList();
    }

    /** "where … and …" with a line break, or nothing when the filter is empty; the alternatives joined by OR. */
    public String where() {
        if (eitherOf.isEmpty()) {
            return all.where();
        }
        SqlConditions either = new SqlConditions();
        eitherOf.forEach(alternative -> alternative.parameters().forEach(either::bind));
        either.add("(" + String.join(" or ", eitherOf.stream().map(alternative -> String.join(" and ", alternative.conditions())).toList())
                + ")");
        return all.and(either).where();
    }

    /** Every parameter the conditions name. */
    public Map<String, Object> parameters() {
        return branches().stream().reduce(new SqlConditions(), SqlConditions::and).parameters();
    }

    private static String likeEscaped(String text) {
        return text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
