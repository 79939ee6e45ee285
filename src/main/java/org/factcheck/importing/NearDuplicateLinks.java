package org.factcheck.importing;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which source a near-duplicate imported anyway is nearly the same as (table import_near_duplicate). */
@Component
class NearDuplicateLinks {

    private final JdbcClient jdbc;

    NearDuplicateLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void link(long sourceId, NearDuplicate original) {
        jdbc.sql("insert into import_near_duplicate (source_id, original_source_id, similarity) values (:source, :original, :similarity)")
                .param("source", sourceId)
                .param("original", original.sourceId())
                .param("similarity", original.similarity())
                .update();
    }

    Optional<NearDuplicate> originalOf(long sourceId) {
        return jdbc.sql("""
                select d.original_source_id, s.title, d.similarity from import_near_duplicate d
                join source_listing s on s.id = d.original_source_id where d.source_id = :source
                """)
                .param("source", sourceId)
                .query((rs, row) -> new NearDuplicate(rs.getLong(1), rs.getString(2), rs.getDouble(3)))
                .optional();
    }
}
