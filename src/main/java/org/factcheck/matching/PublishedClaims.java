package org.factcheck.matching;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the public may be matched against: other desks' fact-checks and our claims with a published
 * verdict, as a filter on the index. The set of published claims is read again whenever the public
 * data changed (the counter of V90), so a publication or retraction counts from the next search on.
 * The feed still selects the published fact-checks itself: this only keeps the ranking to them.
 */
@Component
class PublishedClaims {

    private record Filter(long version, Query query) {
    }

    private final JdbcClient jdbc;
    private volatile Filter filter = new Filter(-1, null);

    PublishedClaims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Query filter() {
        long version = jdbc.sql("select last_value from public_data_change").query(Long.class).single();
        Filter current = filter;
        if (current.version() != version) {
            long[] published = jdbc.sql("select claim_id from claim_verdict where status = 'PUBLISHED'")
                    .query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
            current = new Filter(version, new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(MatchIndex.KIND, Known.Kind.EXTERNAL.name())), Occur.SHOULD)
                    .add(LongPoint.newSetQuery(MatchIndex.CLAIM, published), Occur.SHOULD)
                    .build());
            filter = current;
        }
        return current.query();
    }
}
