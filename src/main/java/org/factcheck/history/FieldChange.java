package org.factcheck.history;

/** One field that differs between two revisions of a record, as people read it. */
public record FieldChange(String field, String before, String after) {
}
