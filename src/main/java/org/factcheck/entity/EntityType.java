package org.factcheck.entity;

/** What kind of thing an entity is. */
public enum EntityType {
    PERSON, ORGANISATION, PLACE, EVENT, OTHER
}
