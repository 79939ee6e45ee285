package org.factcheck.bench;

import java.util.random.RandomGenerator;
import org.factcheck.bench.ClaimPlan.Ids;
import org.factcheck.bench.RandomStreams.Kind;

/**
 * The claims of a run in index order. Which claims get a verdict, and which verdicts are published,
 * is drawn claim by claim so that the counts come out exactly as asked (selection sampling, Knuth's
 * Algorithm S): every pass walks the claims from the first, so every pass draws the same.
 */
final class ClaimSequence {

    private final Scale scale;
    private final EntityCatalog entities;
    private final Ids ids;
    private final RandomStreams streams;
    private final RandomGenerator selection;
    private long next;
    private long verdictsLeft;
    private long publishedLeft;
    private long verdictsSoFar;

    ClaimSequence(Scale scale, EntityCatalog entities, Ids ids, RandomStreams streams) {
        this.scale = scale;
        this.entities = entities;
        this.ids = ids;
        this.streams = streams;
        this.selection = streams.of(Kind.SELECTION, 0);
        this.verdictsLeft = scale.verdicts();
        this.publishedLeft = scale.published();
    }

    boolean hasNext() {
        return next < scale.claims();
    }

    long nextIndex() {
        return next;
    }

    ClaimPlan next() {
        long index = next++;
        boolean hasVerdict = selection.nextLong(scale.claims() - index) < verdictsLeft;
        if (!hasVerdict) {
            return new ClaimPlan(index, -1, false, scale, entities, ids, streams);
        }
        boolean published = selection.nextLong(verdictsLeft) < publishedLeft;
        verdictsLeft--;
        if (published) {
            publishedLeft--;
        }
        return new ClaimPlan(index, verdictsSoFar++, published, scale, entities, ids, streams);
    }
}
