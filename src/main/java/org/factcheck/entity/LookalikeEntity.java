package org.factcheck.entity;

/**
 * An existing entity one of whose spellings looks like a new one: a suggestion to link the new
 * spelling to it (as an alias, or as the entity a mention means) instead of creating a duplicate.
 */
public record LookalikeEntity(long id, EntityType type, String name, String closestSpelling, double similarity) {
}
