package org.factcheck.security;

/** Who may do something: anyone (not even signed in), or a role and the roles above it. */
enum Caller {
    ANYONE, REVIEWER, EDITOR, ADMIN;

    /** Whether someone signed in as this caller may do what needs the required one. */
    boolean reaches(Caller required) {
        return ordinal() >= required.ordinal();
    }
}
