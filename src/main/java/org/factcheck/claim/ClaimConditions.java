package org.factcheck.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link ClaimFilter} as SQL conditions with their named parameters, for queries over
 * {@code claim c}: the claims grid and the exports select exactly the same claims. Only the conditions
 * the filter asks for are added, and each can be answered from an index on claim or a table beside
 * it (the rating from the claim's own rating position, V140), which keeps the plans simple at a
 * million claims.
 */
public record ClaimConditions(List<String> conditions, Map<String, Object> parameters, List<String> eitherOf) {

    /** Conditions that must all hold, with no alternatives. */
    public ClaimConditions(List<String> conditions, Map<String, Object> parameters) {
        this(conditions, parameters, List.of());
    }

    public static ClaimConditions of(ClaimFilter filter) {
        List<String> conditions = new ArrayList<>();
        List<String> eitherOf = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("c.text ilike :text escape '\\'");
            parameters.put("text", "%" + likeEscaped(filter.text().strip()) + "%");
        }
        if (filter.status() != null) {
            conditions.add("c.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.rating() != null && !filter.rating().isBlank()) {
            conditions.add("c.rating_position is not null and c.rating_position in "
                    + "(select rated.position from rating rated where lower(rated.label) = lower(:rating))");
            parameters.put("rating", filter.rating().strip());
        }
        if (filter.entityId() != null) {
            eitherOf.add("exists (select 1 from claim_entity m where m.claim_id = c.id and m.entity_id = :entity)");
            eitherOf.add("c.claimant_id = :entity");
            parameters.put("entity", filter.entityId());
        }
        if (filter.sourceId() != null) {
            conditions.add("exists (select 1 from appearance sa where sa.claim_id = c.id and sa.source_id = :source)");
            parameters.put("source", filter.sourceId());
        }
        if (filter.checkWorthiness() != null) {
            conditions.add("c.check_worthiness = :checkWorthiness");
            parameters.put("checkWorthiness", filter.checkWorthiness().name());
        }
        if (filter.assignee() != null) {
            conditions.add("c.assignee_id = (select id from reviewer where username = :assignee)");
            parameters.put("assignee", filter.assignee());
        }
        if (filter.claimedFrom() != null) {
            conditions.add("c.claim_date >= :claimedFrom");
            parameters.put("claimedFrom", filter.claimedFrom());
        }
        if (filter.claimedTo() != null) {
            conditions.add("c.claim_date <= :claimedTo");
            parameters.put("claimedTo", filter.claimedTo());
        }
        return new ClaimConditions(conditions, parameters, eitherOf);
    }

    /**
     * The conditions of each way a claim can match: one branch, or one per alternative (mentioned by an
     * entity, or made by it). A query that unites the branches answers each from its own index, where
     * PostgreSQL can only check an OR claim by claim: 1.2 s for an entity named in one claim.
     */
    public List<List<String>> branches() {
        if (eitherOf.isEmpty()) {
            return List.of(conditions);
        }
        return eitherOf.stream().map(alternative -> {
            List<String> branch = new ArrayList<>(conditions);
            branch.add(alternative);
            return List.copyOf(branch);
        }).toList();
    }

    /** "where … and …" with a line break, or nothing when the filter is empty. */
    public String where() {
        List<String> all = new ArrayList<>(conditions);
        if (!eitherOf.isEmpty()) {
            all.add("(" + String.join(" or ", eitherOf) + ")");
        }
        return all.isEmpty() ? "" : "where " + String.join(" and ", all) + "\n";
    }

    private static String likeEscaped(String text) {
        return text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
