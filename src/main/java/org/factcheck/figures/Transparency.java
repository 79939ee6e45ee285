package org.factcheck.figures;

import java.util.List;

/**
 * What the public transparency page shows, from published data only: fact-checks first published per
 * month (retracted ones included: they were published), the ratings of those that stand, and the corrections
 * and retractions with their turnaround (from first publication).
 */
public record Transparency(List<Figures.Count> publishedPerMonth, List<Figures.Count> ratings,
        List<Figures.Duration> amendments) {

    public long published() {
        return publishedPerMonth.stream().mapToLong(Figures.Count::count).sum();
    }
}
