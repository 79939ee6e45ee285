package org.factcheck.feed;

import java.time.Instant;
import java.util.function.Function;

/** An answer with the time its data last changed, for Last-Modified. */
public record Dated<T>(T content, Instant lastModified) {

    /** The same data in another shape, changed at the same time. */
    <U> Dated<U> map(Function<T, U> reshape) {
        return new Dated<>(reshape.apply(content), lastModified);
    }
}
