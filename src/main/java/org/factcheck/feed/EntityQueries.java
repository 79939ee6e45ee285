package org.factcheck.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.factcheck.entity.EntityType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The feed's own SQL for entities. An entity is public while a published fact-check involves it:
 * its claim mentions the entity or was made by it. Its description and editing columns never are.
 */
@Repository
class EntityQueries {

    /** An entity without its aliases. */
    record EntityRef(long id, String name, EntityType type) {
    }

    /**
     * One EXISTS over the claims that mention the entity or were made by it, which PostgreSQL checks
     * entity by entity through the claim_entity and claimant indexes. Written as two EXISTS joined by
     * OR, it hashed both over every claim before returning the first entity (2 s at 1,000,000 claims,
     * docs/benchmarks.md section 7; this way 4 ms for a page of 20).
     */
    static final String IN_A_PUBLISHED_FACT_CHECK = """
            exists (select 1 from (select ce.claim_id from claim_mention ce where ce.entity_id = e.id
                                   union all select c.id from claim_statement c where c.claimant_id = e.id) involved
                    join public_fact_check v on v.claim_id = involved.claim_id
                    where v.status = 'PUBLISHED')""";

    private final JdbcClient jdbc;

    EntityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Public entities in id order, from just after the given id. */
    List<EntityRef> page(long afterId, int limit) {
        return jdbc.sql("select e.id, e.name, e.type from entity_name e where e.id > :after and " + IN_A_PUBLISHED_FACT_CHECK
                        + " order by e.id limit :limit")
                .param("after", afterId).param("limit", limit)
                .query(EntityQueries::entityRef).list();
    }

    Optional<EntityRef> find(long id) {
        return jdbc.sql("select e.id, e.name, e.type from entity_name e where e.id = :id and " + IN_A_PUBLISHED_FACT_CHECK)
                .param("id", id).query(EntityQueries::entityRef).optional();
    }

    boolean isPublic(long id) {
        return find(id).isPresent();
    }

    /** The entities with all their spellings, in the order given. */
    List<Entity> withAliases(Collection<EntityRef> entities) {
        List<Long> ids = entities.stream().map(EntityRef::id).distinct().toList();
        Map<Long, List<Entity.Alias>> aliases = aliasesOf(ids);
        Map<Long, String> wikidata = wikidataIdsOf(ids);
        return entities.stream()
                .map(entity -> new Entity(entity.id(), entity.name(), entity.type(), aliases.getOrDefault(entity.id(), List.of()),
                        wikidata.get(entity.id())))
                .toList();
    }

    private Map<Long, String> wikidataIdsOf(List<Long> entityIds) {
        if (entityIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, wikidata_id from entity_name where id in (:entities) and wikidata_id is not null")
                .param("entities", entityIds)
                .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("wikidata_id"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Map<Long, List<Entity.Alias>> aliasesOf(List<Long> entityIds) {
        if (entityIds.isEmpty()) {
            return Map.of();
        }
        return Rows.grouped(jdbc.sql("select entity_id, name, language from entity_alias where entity_id in (:entities) "
                        + "order by entity_id, lower(name), id")
                .param("entities", entityIds)
                .query((rs, n) -> Map.entry(rs.getLong("entity_id"), new Entity.Alias(rs.getString("name"), rs.getString("language"))))
                .list());
    }

    /** The latest change to these entities or their aliases. */
    Instant lastChangeOf(Collection<Long> entityIds) {
        if (entityIds.isEmpty()) {
            return Instant.EPOCH;
        }
        return jdbc.sql("""
                        select coalesce(greatest(max(e.updated_at), max(a.updated_at)), 'epoch')
                        from entity_name e left join entity_alias a on a.entity_id = e.id
                        where e.id in (:entities)""")
                .param("entities", entityIds).query(OffsetDateTime.class).single().toInstant();
    }

    private static EntityRef entityRef(ResultSet rs, int rowNumber) throws SQLException {
        return new EntityRef(rs.getLong("id"), rs.getString("name"), EntityType.valueOf(rs.getString("type")));
    }
}
