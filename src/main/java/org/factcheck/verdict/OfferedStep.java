package org.factcheck.verdict;

import java.util.Optional;

/**
 * A step the signed-in reviewer is offered on a verdict now, with why they cannot take it yet if
 * something stands in the way ("You wrote this verdict: another editor must publish it.").
 */
public record OfferedStep(VerdictStep step, Optional<String> refusal) {

    public boolean mayTake() {
        return refusal.isEmpty();
    }
}
