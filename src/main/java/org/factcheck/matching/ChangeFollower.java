package org.factcheck.matching;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts into the index the rows of one table whose change number (V180) it has not seen. Numbers are taken
 * when a row is written but seen when its transaction commits, so a lower one can appear after a higher:
 * the rows since the last sweep are read again every few minutes and those missed are put; only a
 * transaction open longer than that would stay unseen until a rebuild.
 */
final class ChangeFollower {

    static final int BATCH = 5_000;
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(5);

    private final String name;
    private final JdbcClient jdbc;
    /** Selects id, text, vector, words and change, with :after, :upTo and :batch. */
    private final String sql;
    private final LongFunction<Known> known;
    /** Every change up to this was put (as far as a sweep can tell). */
    private long floor;
    /** The highest change put. */
    private long read;
    /** What the next sweep moves the floor to: where reading stood at the last one. */
    private long nextFloor;
    private final Set<Long> putSinceFloor = new HashSet<>();
    private long sweptAt = System.nanoTime();

    ChangeFollower(String name, JdbcClient jdbc, String sql, LongFunction<Known> known) {
        this.name = name;
        this.jdbc = jdbc;
        this.sql = sql;
        this.known = known;
    }

    /** From the saved state; false if there is none, or it is ahead of the database (restored from a backup). */
    boolean resume(Map<String, String> saved, long lastChange) {
        String value = saved.get(name);
        if (value == null || Long.parseLong(value) > lastChange) {
            return false;
        }
        startAt(Long.parseLong(value));
        return true;
    }

    void startAt(long change) {
        floor = change;
        read = change;
        nextFloor = change;
        putSinceFloor.clear();
    }

    /** Saves the floor, not the highest read: what lies between is read again at the next start. */
    void saveTo(Map<String, String> state) {
        state.put(name, Long.toString(floor));
    }

    /** Puts the next batch of rows written since the highest seen; how many. */
    int follow(MatchIndex index) {
        List<Change> changes = changes(read, Long.MAX_VALUE);
        for (Change change : changes) {
            put(index, change);
        }
        if (!changes.isEmpty()) {
            read = changes.getLast().change();
        }
        return changes.size();
    }

    /** Every few minutes, the rows since the floor that were missed, then the floor moves up. */
    void sweepNowAndThen(MatchIndex index) {
        if (System.nanoTime() - sweptAt < SWEEP_EVERY.toNanos()) {
            return;
        }
        long after = floor;
        List<Change> changes;
        do {
            changes = changes(after, read);
            for (Change change : changes) {
                if (!putSinceFloor.contains(change.change())) {
                    put(index, change);
                }
            }
            after = changes.isEmpty() ? after : changes.getLast().change();
        } while (changes.size() == BATCH);
        floor = nextFloor;
        nextFloor = read;
        putSinceFloor.removeIf(change -> change <= floor);
        sweptAt = System.nanoTime();
    }

    private void put(MatchIndex index, Change change) {
        BackgroundEmbedding.Row row = change.row();
        index.put(known.apply(row.id()), row.words(), row.vector());
        putSinceFloor.add(change.change());
    }

    private List<Change> changes(long after, long upTo) {
        return jdbc.sql(sql).param("after", after).param("upTo", upTo).param("batch", BATCH)
                .query((rs, n) -> new Change(new BackgroundEmbedding.Row(rs.getLong(1), rs.getString(2), rs.getBytes(3),
                        rs.getString(4)), rs.getLong(5)))
                .list();
    }

    private record Change(BackgroundEmbedding.Row row, long change) {
    }
}
