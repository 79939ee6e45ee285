package org.factcheck.claim;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Claims for cluster and link tests, made from the seed's own sentences. */
public final class ClusterFixtures {

    private ClusterFixtures() {
    }

    /** A new claim of exactly this sentence of a seeded document, anchored where the sentence is. */
    public static Claim claimQuoting(ClaimService claims, JdbcClient jdbc, String document, String sentence) {
        long sourceId = jdbc.sql("select record_id from seed_item where kind = 'SOURCE' and key = ?").param(document)
                .query(Long.class).single();
        // Offsets count code points, as PostgreSQL's strpos does.
        int start = jdbc.sql("select strpos(full_text, ?) - 1 from source where id = ?").params(sentence, sourceId)
                .query(Integer.class).single();
        return claims.createFromSelection(sourceId, start, start + sentence.codePointCount(0, sentence.length()), sentence,
                CheckWorthiness.HIGH);
    }

    public static long claimId(JdbcClient jdbc, String text) {
        return jdbc.sql("select id from claim where text = ? order by id limit 1").param(text).query(Long.class).single();
    }
}
