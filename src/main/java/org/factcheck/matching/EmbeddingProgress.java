package org.factcheck.matching;

/**
 * How far the background embedding is.
 *
 * @param known the desk's claims and other desks' fact-checks in the database
 * @param embedded how many of them have their embedding (the others are found by their words only)
 * @param indexed how many the matching index holds (while it is being rebuilt after a start, fewer)
 * @param loaded whether the index has been rebuilt since this instance started
 * @param perSecond claims this instance embedded per second spent embedding, since it started
 */
public record EmbeddingProgress(long known, long embedded, long indexed, boolean loaded, double perSecond) {

    public long waiting() {
        return Math.max(0, known - embedded);
    }
}
