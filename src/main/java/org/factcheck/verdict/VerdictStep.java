package org.factcheck.verdict;

import org.factcheck.account.Role;

/**
 * The steps of a verdict's workflow: from which status each is taken, who may take it, and how it
 * reads in the verdict's record once taken. {@link VerdictWorkflow} decides when a reviewer may take
 * one; the claim page offers only what it answers.
 */
public enum VerdictStep {
    START_DRAFT(null, VerdictStatus.DRAFT, Role.REVIEWER, "started", "Drafted"),
    SUBMIT(VerdictStatus.DRAFT, VerdictStatus.IN_REVIEW, Role.REVIEWER, "submitted for review", "Submitted for review"),
    SEND_BACK(VerdictStatus.IN_REVIEW, VerdictStatus.DRAFT, Role.EDITOR, "sent back", "Sent back to draft"),
    PUBLISH(VerdictStatus.IN_REVIEW, VerdictStatus.PUBLISHED, Role.EDITOR, "published", "Published"),
    /** Proposes a corrected version; readers see it once a second editor publishes it. */
    CORRECT(VerdictStatus.PUBLISHED, VerdictStatus.PUBLISHED, Role.EDITOR, "corrected", "Correction proposed"),
    PUBLISH_CORRECTION(VerdictStatus.PUBLISHED, VerdictStatus.PUBLISHED, Role.EDITOR, "corrected", "Corrected"),
    RETRACT(VerdictStatus.PUBLISHED, VerdictStatus.RETRACTED, Role.EDITOR, "retracted", "Retracted"),
    /** The curated seed's researched verdicts, approved by the desk outside the four-eyes workflow. */
    IMPORT_PUBLISHED(null, VerdictStatus.PUBLISHED, Role.ADMIN, "imported", "Imported as published");

    private final VerdictStatus from;
    private final VerdictStatus to;
    private final Role role;
    private final String passive;
    private final String taken;

    VerdictStep(VerdictStatus from, VerdictStatus to, Role role, String passive, String taken) {
        this.from = from;
        this.to = to;
        this.role = role;
        this.passive = passive;
        this.taken = taken;
    }

    /** The status a verdict must have for this step; null for a step that brings a verdict into being. */
    public VerdictStatus from() {
        return from;
    }

    public VerdictStatus to() {
        return to;
    }

    /** The least role that may take this step (the service's role checks say the same). */
    public Role role() {
        return role;
    }

    /** "Submitted for review": the step in the verdict's record. */
    public String taken() {
        return taken;
    }

    /** "submitted for review", as in "Only a draft can be submitted for review". */
    String passive() {
        return passive;
    }

    /** The recorded step from one status to another; {@code from} is null when the verdict came into being. */
    public static VerdictStep recorded(VerdictStatus from, VerdictStatus to) {
        if (from == null) {
            return to == VerdictStatus.DRAFT ? START_DRAFT : IMPORT_PUBLISHED;
        }
        return switch (to) {
            case DRAFT -> SEND_BACK;
            case IN_REVIEW -> SUBMIT;
            case PUBLISHED -> from == VerdictStatus.PUBLISHED ? PUBLISH_CORRECTION : PUBLISH;
            case RETRACTED -> RETRACT;
        };
    }
}
