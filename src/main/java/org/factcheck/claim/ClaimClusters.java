package org.factcheck.claim;

import java.util.List;
import org.factcheck.account.CurrentReviewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL behind claim clusters: suggesting claims that may state the same thing, listing a
 * cluster, and remembering the pairs a reviewer rejected.
 *
 * <p>Candidates are claims whose text is similar by trigrams ({@code %}, pg_trgm's default threshold
 * of 0.3, served by the GIN index of V85): "Although the Pentagon says there are currently 2,500 US
 * troops stationed in Iraq" is 0.41 alike to "About 2,500 US troops were stationed in Iraq in
 * mid-2021." Among the most similar, shared
 * entities and equal numbers move a candidate up, since two claims about the same figure for the
 * same actors are what a cluster is for.
 */
@Component
class ClaimClusters {

    /** How many of the most similar texts are weighed for entities and numbers. */
    static final int CANDIDATES = 50;
    static final int SUGGESTIONS = 10;

    /** Numbers as written in claims: "2,500", "31", "2021", "3.5". */
    private static final String NUMBER = "[0-9][0-9.,]*[0-9]|[0-9]";

    private static final String SOURCES = """
            (select string_agg(distinct s.title, ' · ') from appearance a join source_listing s on s.id = a.source_id
             where a.claim_id = %s.id)""";

    private final JdbcClient jdbc;

    ClaimClusters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SameClaimSuggestion> suggestionsFor(long claimId) {
        return jdbc.sql("""
                with me as (select id, text, cluster_id from claim where id = :id),
                alike as (
                    select c.id, c.text, similarity(c.text, me.text) as similarity
                    from claim c, me
                    where c.text %% me.text and c.id <> me.id
                      and (me.cluster_id is null or c.cluster_id is distinct from me.cluster_id)
                      -- a small set, hashed once, rather than a join sorting every candidate
                      and c.id not in (select case when r.claim_id = :id then r.other_claim_id else r.claim_id end
                                       from claim_pair_rejected r where r.claim_id = :id or r.other_claim_id = :id)
                    order by similarity desc, c.id
                    limit :candidates
                ), weighed as (
                    select alike.*,
                           (select count(*) from claim_entity mine join claim_entity theirs on theirs.entity_id = mine.entity_id
                            where mine.claim_id = :id and theirs.claim_id = alike.id) as shared_entities,
                           (select count(*) from (select regexp_matches(alike.text, :number, 'g')
                                                  intersect select regexp_matches(me.text, :number, 'g')) n) as shared_numbers
                    from alike, me
                )
                select weighed.*, %s as sources
                from weighed
                order by similarity + 0.1 * least(shared_entities, 3) + 0.1 * least(shared_numbers, 2) desc, id
                limit :limit
                """.formatted(SOURCES.formatted("weighed")))
                .param("id", claimId)
                .param("candidates", CANDIDATES)
                .param("number", NUMBER)
                .param("limit", SUGGESTIONS)
                .query(ClaimClusters::suggestion)
                .list();
    }

    private static SameClaimSuggestion suggestion(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new SameClaimSuggestion(rs.getLong("id"), rs.getString("text"), rs.getString("sources"),
                rs.getDouble("similarity"), rs.getInt("shared_entities"), rs.getInt("shared_numbers"));
    }

    /** The other claims of the claim's cluster, oldest first; none if it stands alone. */
    List<ClusteredClaim> othersInCluster(long claimId) {
        return jdbc.sql("""
                select c.id, c.text, %s as sources
                from claim c join claim me on me.cluster_id = c.cluster_id
                where me.id = :id and c.id <> me.id
                order by c.id
                """.formatted(SOURCES.formatted("c")))
                .param("id", claimId)
                .query((rs, row) -> new ClusteredClaim(rs.getLong("id"), rs.getString("text"), rs.getString("sources")))
                .list();
    }

    List<Long> rejectedWith(long claimId) {
        return jdbc.sql("""
                select case when claim_id = :id then other_claim_id else claim_id end
                from claim_pair_rejected where claim_id = :id or other_claim_id = :id
                """).param("id", claimId).query(Long.class).list();
    }

    void reject(long claimId, long otherClaimId) {
        jdbc.sql("""
                insert into claim_pair_rejected (claim_id, other_claim_id, rejected_by)
                values (least(:a, :b), greatest(:a, :b), :by) on conflict do nothing
                """)
                .param("a", claimId)
                .param("b", otherClaimId)
                .param("by", CurrentReviewer.username())
                .update();
    }

    long newClusterId() {
        return jdbc.sql("select nextval('claim_cluster_seq')").query(Long.class).single();
    }
}
