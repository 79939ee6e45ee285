package org.factcheck.importing;

/**
 * A source just imported, with how many candidate claims it got and, when the reviewer imported it
 * despite the warning, the existing source it is nearly the same as (else null).
 */
public record ImportedSource(long sourceId, String title, int candidates, NearDuplicate nearDuplicateOf) {
}
