package org.factcheck.claim;

/**
 * A claim was given to a reviewer (newly, or to another one): published inside the transaction, for
 * notifications to tell them.
 */
public record ClaimAssigned(long claimId, String assignee, String assignedBy, String claimText) {
}
