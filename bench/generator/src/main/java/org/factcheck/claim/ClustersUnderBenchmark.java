package org.factcheck.claim;

import java.util.List;
import java.util.function.LongFunction;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The claim-cluster suggestions on a given database, outside the app, so the benchmark times the app's own SQL. */
public final class ClustersUnderBenchmark {

    private ClustersUnderBenchmark() {
    }

    public static LongFunction<List<SameClaimSuggestion>> suggestionsOver(JdbcClient jdbc) {
        return new ClaimClusters(jdbc)::suggestionsFor;
    }
}
