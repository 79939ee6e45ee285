package org.factcheck.verdict;

import java.time.Instant;

/**
 * Published, inside the transaction, each time a verdict takes a workflow step (and when a correction
 * is proposed), so other modules react without the workflow knowing them: notifications tell the
 * people concerned, the archive takes copies of the evidence. Listen after commit
 * ({@code @TransactionalEventListener}) so nothing reacts to a step that was rolled back.
 *
 * @param author the username of the verdict's author (or of whoever started it), to notify on a send-back
 * @param takenBy the username of who took the step
 * @param comment the step's comment or public note, if any
 */
public record VerdictStepTaken(long verdictId, long claimId, VerdictStep step, String author, String takenBy,
        String comment, Instant at) {
}
