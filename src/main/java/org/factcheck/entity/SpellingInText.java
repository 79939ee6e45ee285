package org.factcheck.entity;

/**
 * A known spelling of an entity (its name or an alias) found in a text, at code-point offsets (end
 * exclusive), with the entity it names.
 */
public record SpellingInText(int start, int end, String spelling, long entityId, String entityName) {
}
