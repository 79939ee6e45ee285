package org.factcheck.history;

import org.hibernate.envers.RevisionType;

/** What a revision did to a record. */
public enum ChangeKind {
    ADDED, CHANGED, DELETED;

    static ChangeKind of(RevisionType type) {
        return switch (type) {
            case ADD -> ADDED;
            case MOD -> CHANGED;
            case DEL -> DELETED;
        };
    }

    /** Envers' revtype column: 0 added, 1 changed, 2 deleted. */
    static ChangeKind of(int revtype) {
        return values()[revtype];
    }
}
