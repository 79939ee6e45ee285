package org.factcheck.claim;

import java.util.List;

/** One page of the claims grid, and the key of its last claim, after which the next page starts. */
public record ClaimPage(List<ClaimSummary> claims, Key last) {

    /** Where a claim stands in the grid's order: the value sorted by, and the id that breaks ties. */
    public record Key(Object sortKey, long id) {
    }
}
