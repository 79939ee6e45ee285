package org.factcheck.history;

/**
 * Which records' history to show: one record by its id, or every record of a type that belongs to
 * an owner through a relation (the appearances of a claim, the evidence of a verdict), including
 * those since deleted.
 */
public record HistoryScope(Class<?> type, String relation, long id) {

    /** The record of this type with this id. */
    public static HistoryScope record(Class<?> type, long id) {
        return new HistoryScope(type, null, id);
    }

    /** Every record of this type whose {@code relation} points at the owner with this id. */
    public static HistoryScope ownedBy(Class<?> type, String relation, long ownerId) {
        return new HistoryScope(type, relation, ownerId);
    }
}
