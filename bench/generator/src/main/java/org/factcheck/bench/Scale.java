package org.factcheck.bench;

import java.time.LocalDate;

/**
 * How much to generate, and how the claims spread over the sources: the sources cover seven years
 * in date order, and each claim is first reported by one source (its home), claims in index order
 * going to sources in date order, then repeated by some of the sources that follow, as wire copy is.
 *
 * @param published how many verdicts are PUBLISHED; a quarter as many again are DRAFT, IN_REVIEW or RETRACTED
 */
record Scale(int sources, int claims, int published) {

    static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
    static final int DAYS = 7 * 365;
    /** A claim is repeated only by sources among the next this many (roughly the next days' news). */
    static final int REPEAT_WINDOW = 30;

    Scale {
        if (sources < 1 || claims < 0 || published < 0) {
            throw new IllegalArgumentException("need at least one source, and no negative counts");
        }
        if ((long) published + published / 4 > claims) {
            throw new IllegalArgumentException("--published " + published + " needs at least "
                    + (published + published / 4) + " claims (a quarter more verdicts are not published)");
        }
    }

    int verdicts() {
        return published + published / 4;
    }

    /** Invented people and events: one for every 250 claims, and never too few to vary. */
    int inventedEntities() {
        return Math.max(40, claims / 250);
    }

    int homeOf(long claim) {
        return (int) (claim * sources / claims);
    }

    /** The first claim whose home is this source; the claims of source j are firstClaimOf(j) .. firstClaimOf(j + 1) - 1. */
    long firstClaimOf(int source) {
        return Math.ceilDiv((long) source * claims, sources);
    }

    LocalDate dateOf(int source) {
        return FIRST_DAY.plusDays((long) source * DAYS / sources);
    }
}
