package org.factcheck.verdict;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One step of a rating scale, such as "Mostly false", with its ClaimReview ratingValue. */
@Entity
public class Rating {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "scale_id", nullable = false)
    private RatingScale scale;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private int value;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String description;

    protected Rating() {
    }

    public Long getId() {
        return id;
    }

    public RatingScale getScale() {
        return scale;
    }

    public String getLabel() {
        return label;
    }

    public int getValue() {
        return value;
    }

    public int getPosition() {
        return position;
    }

    public String getDescription() {
        return description;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Rating rating && getId() != null && getId().equals(rating.getId());
    }

    @Override
    public int hashCode() {
        return Rating.class.hashCode();
    }

    @Override
    public String toString() {
        return label;
    }
}
