package org.factcheck.history;

/**
 * Which records' history to show: one record by its id, or every record of a type that belongs to
 * an owner through a relation (the appearances of a claim, the evidence of a verdict) or an owner's id
 * kept as a plain property (the comments of a claim), including those since deleted.
 *
 * @param byProperty whether {@code relation} names a plain property holding the owner's id, not an association
 */
public record HistoryScope(Class<?> type, String relation, boolean byProperty, long id) {

    /** The record of this type with this id. */
    public static HistoryScope record(Class<?> type, long id) {
        return new HistoryScope(type, null, false, id);
    }

    /** Every record of this type whose {@code relation} points at the owner with this id. */
    public static HistoryScope ownedBy(Class<?> type, String relation, long ownerId) {
        return new HistoryScope(type, relation, false, ownerId);
    }

    /** Every record of this type whose {@code property} holds the owner's id (a module that keeps only the id). */
    public static HistoryScope ownedById(Class<?> type, String property, long ownerId) {
        return new HistoryScope(type, property, true, ownerId);
    }
}
