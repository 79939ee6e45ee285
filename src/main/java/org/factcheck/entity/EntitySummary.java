package org.factcheck.entity;

/** An entity as a list shows it, with its aliases in one line. */
public record EntitySummary(long id, EntityType type, String name, String aliases, String description) {
}
