package org.factcheck.search;

import java.util.List;

/** What a search found, grouped by type, each group best match first. */
public record SearchResults(String query, List<SearchHit> entities, List<SearchHit> claims, List<SearchHit> sources,
        List<SearchHit> verdicts) {

    static SearchResults none(String query) {
        return new SearchResults(query, List.of(), List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return entities.isEmpty() && claims.isEmpty() && sources.isEmpty() && verdicts.isEmpty();
    }
}
