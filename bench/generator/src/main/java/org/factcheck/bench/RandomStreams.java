package org.factcheck.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Reproducible randomness: every record draws from its own stream, derived from the run's seed
 * number, the kind of record and its index. So a record is the same whichever table is being
 * written, and however much other records drew before it.
 */
final class RandomStreams {

    /** The kinds of record that draw their own streams. */
    enum Kind {
        ENTITY, SOURCE, CLAIM, APPEARANCE, VERDICT, SELECTION
    }

    private final long seed;

    RandomStreams(long seed) {
        this.seed = seed;
    }

    long seed() {
        return seed;
    }

    RandomGenerator of(Kind kind, long index) {
        return new SplittableRandom(mix(mix(seed * 31 + kind.ordinal()) + index));
    }

    /** The SplitMix64 finaliser: neighbouring inputs give unrelated outputs. */
    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static <T> T pick(RandomGenerator random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /**
     * Picks with a long tail, as attention is spread in the news: the first items of the list come
     * up far more often than the last.
     */
    static <T> T pickPopular(RandomGenerator random, List<T> items) {
        return items.get((int) (items.size() * Math.pow(random.nextDouble(), 2.5)));
    }

    static boolean chance(RandomGenerator random, double probability) {
        return random.nextDouble() < probability;
    }

    /** An index drawn by the weights, e.g. {@code weighted(r, 65, 20, 15)} gives 0 in 65% of draws. */
    static int weighted(RandomGenerator random, int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable: the draw is below the total");
    }
}
