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
public record ClaimConditions(List<String> conditions, Map<String, Object> parameters) {

    public static ClaimConditions of(ClaimFilter filter) {
        List<String> conditions = new ArrayList<>();
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
            // Two index lookups rather than an OR, which PostgreSQL can only check claim by claim.
            conditions.add("c.id in (select m.claim_id from claim_entity m where m.entity_id = :entity "
                    + "union all select made.id from claim made where made.claimant_id = :entity)");
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
        return new ClaimConditions(conditions, parameters);
    }

    /** "where … and …" with a line break, or nothing when the filter is empty. */
    public String where() {
        return conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + "\n";
    }

    private static String likeEscaped(String text) {
        return text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
