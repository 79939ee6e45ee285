package org.factcheck.entity;

/**
 * Published inside the transaction that merges two entities, before the merged one is deleted:
 * records elsewhere that point at it must point at the survivor by the time the event returns.
 */
public record EntitiesMerged(long survivorId, long mergedId) {
}
