package org.factcheck.matching;

import java.util.Arrays;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Claims written by plain SQL, as a script would, and whether the background has embedded them yet. */
final class ClaimsBySql {

    private ClaimsBySql() {
    }

    static long insert(JdbcClient jdbc, String text) {
        return jdbc.sql("insert into claim (text, created_by, updated_by) values (:text, 'script', 'script') returning id")
                .param("text", text).query(Long.class).single();
    }

    static boolean embedded(JdbcClient jdbc, long... claimIds) {
        return jdbc.sql("select count(*) from claim_embedding where claim_id in (:ids)")
                .param("ids", Arrays.stream(claimIds).boxed().toList()).query(Long.class).single() == claimIds.length;
    }
}
