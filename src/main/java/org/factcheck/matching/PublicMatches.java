package org.factcheck.matching;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Matching for the public claims:search: ranks only what the public may see, other desks' fact-checks
 * and our claims with a published verdict. It gives our claims by id alone, so the feed reads them with
 * its own SQL over published verdicts, and nothing unpublished can reach an answer through here.
 */
@Component
public class PublicMatches {

    /** The most a search ranks: its pages walk through these. */
    public static final int MOST = 200;
    public static final int LONGEST_QUERY = KnownClaims.LONGEST_SENTENCE;

    private final Ranker ranker;
    private final PublishedClaims published;
    private final JdbcClient jdbc;

    PublicMatches(Ranker ranker, PublishedClaims published, JdbcClient jdbc) {
        this.ranker = ranker;
        this.published = published;
        this.jdbc = jdbc;
    }

    /** The best {@code count} public known claims that match the query (at most {@link #MOST}), best first. */
    public List<Known> search(String query, Ranking ranking, int count) {
        return ranker.rank(query, ranking, published.filter(), Math.min(count, MOST)).stream()
                .map(Ranker.Ranked::known).toList();
    }

    public List<ExternalFactCheck> externalFactChecks(Collection<Long> ids) {
        return ExternalFactChecks.find(jdbc, ids);
    }
}
