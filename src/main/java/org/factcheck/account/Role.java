package org.factcheck.account;

import java.util.List;

/** What a reviewer may do. Each role includes everything the roles below it may do. */
public enum Role {
    REVIEWER,
    EDITOR,
    ADMIN;

    /** This role and every role it includes, e.g. EDITOR → [EDITOR, REVIEWER]. */
    public List<Role> included() {
        return List.of(values()).subList(0, ordinal() + 1);
    }
}
