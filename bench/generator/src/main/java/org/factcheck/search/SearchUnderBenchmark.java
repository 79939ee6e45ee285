package org.factcheck.search;

import org.springframework.jdbc.core.simple.JdbcClient;

/** SearchService on a given database, outside the app, so the benchmark times the app's own SQL. */
public final class SearchUnderBenchmark {

    private SearchUnderBenchmark() {
    }

    /** The service without its Spring proxy (and so without the role check). */
    public static SearchService over(JdbcClient jdbc) {
        return new SearchService(jdbc);
    }
}
