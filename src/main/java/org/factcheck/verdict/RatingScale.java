package org.factcheck.verdict;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A rating scale; its bounds are ClaimReview's bestRating and worstRating. */
@Entity
public class RatingScale {

    @Id
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private int bestValue;

    @Column(nullable = false)
    private int worstValue;

    protected RatingScale() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getBestValue() {
        return bestValue;
    }

    public int getWorstValue() {
        return worstValue;
    }
}
