package org.factcheck.entity;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Entities spelled like a given name, by pg_trgm similarity over names and aliases (the trigram GIN
 * indexes of V70). 0.4 suggests "Kazimy" for al-Kadhimi ("Kazimi") without suggesting every name that
 * shares a syllable; a suggestion only proposes, a reviewer decides.
 */
@Component
class Lookalikes {

    static final double SIMILARITY = 0.4;
    static final int LIMIT = 5;
    static final int SPELLED_LIKE_LIMIT = 100;

    private final JdbcClient jdbc;

    Lookalikes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The entities a searcher typing this text means, as the global search finds them (V151's
     * {@code entity_spelled_like}): at most {@link #SPELLED_LIKE_LIMIT}.
     */
    List<Long> spelledLike(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return jdbc.sql("select distinct entity_id from entity_spelled_like(:text, :threshold) limit :limit")
                .param("text", text.strip())
                .param("threshold", EntityFilter.SPELLED_LIKE)
                .param("limit", SPELLED_LIKE_LIMIT)
                .query(Long.class).list();
    }

    List<LookalikeEntity> of(String spelling, Long exceptEntityId) {
        if (spelling == null || spelling.isBlank()) {
            return List.of();
        }
        return jdbc.sql("""
                with spelling as (
                    select e.id as entity_id, e.name as spelling, similarity(lower(:spelling), lower(e.name)) as similarity
                    from entity e where lower(e.name) % lower(:spelling)
                    union all
                    select a.entity_id, a.name, similarity(lower(:spelling), lower(a.name))
                    from alias a where lower(a.name) % lower(:spelling)
                ), best as (
                    select distinct on (entity_id) entity_id, spelling, similarity
                    from spelling where similarity >= :threshold and entity_id <> :except
                    order by entity_id, similarity desc, spelling
                )
                select e.id, e.type, e.name, best.spelling, best.similarity
                from best join entity e on e.id = best.entity_id
                order by best.similarity desc, e.name
                limit :limit
                """)
                .param("spelling", spelling.strip())
                .param("threshold", SIMILARITY)
                .param("except", exceptEntityId == null ? -1L : exceptEntityId)
                .param("limit", LIMIT)
                .query((rs, row) -> new LookalikeEntity(rs.getLong("id"), EntityType.valueOf(rs.getString("type")),
                        rs.getString("name"), rs.getString("spelling"), rs.getDouble("similarity")))
                .list();
    }
}
