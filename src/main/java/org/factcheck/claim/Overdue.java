package org.factcheck.claim;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * When a claim is overdue, decided once for the claim page, the grid's filter and marks, My work, the
 * dashboard and the desk's figures: due before today (in UTC, the desk's one time zone) and not
 * {@linkplain ClaimStatus#finished() finished}. A claim due today is not overdue yet.
 */
public final class Overdue {

    /**
     * The finished statuses as SQL, in the words of V320's partial index {@code claim_overdue_idx}, so the
     * planner answers the filter from it.
     */
    static final String FINISHED_SQL = Arrays.stream(ClaimStatus.values()).filter(ClaimStatus::finished)
            .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", ", "(", ")"));

    private Overdue() {
    }

    /** Today, as the desk counts days. */
    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public static boolean isOverdue(LocalDate dueDate, ClaimStatus status) {
        return dueDate != null && dueDate.isBefore(today()) && !status.finished();
    }

    /** The claim under alias {@code claim} is overdue on the day bound as {@code today}. */
    public static String condition(String claim, String today) {
        return claim + ".due_date < :" + today + " and " + ClaimConditions.unfinished(claim);
    }
}
