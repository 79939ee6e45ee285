package org.factcheck.feed;

import java.util.Comparator;
import java.util.List;
import org.factcheck.entity.EntityType;
import org.springframework.stereotype.Component;

/**
 * The one mapping from a published fact-check to schema.org ClaimReview, shared by the API and the
 * exports so that both say exactly the same thing.
 */
@Component
public class ClaimReviews {

    private final PublicationSettings publication;

    ClaimReviews(PublicationSettings publication) {
        this.publication = publication;
    }

    public ClaimReview of(FactCheck factCheck) {
        List<ClaimReview.CreativeWork> appearances = factCheck.appearances().stream().map(ClaimReviews::appearance).toList();
        ClaimReview.CreativeWork first = earliest(appearances);
        FactCheck.Rating rating = factCheck.rating();
        return new ClaimReview(
                factCheck.url(),
                factCheck.claimText(),
                factCheck.publishedAt(),
                factCheck.updatedAt(),
                new ClaimReview.Party("Organization", publication.publisher().name(), publication.publisher().url()),
                new ClaimReview.ReviewRating(rating.label(), rating.value(), rating.bestValue(), rating.worstValue()),
                new ClaimReview.Claim(
                        claimAuthor(factCheck, first),
                        // Without a known date, the claim was made no later than where it first appeared.
                        factCheck.claimDate() != null ? factCheck.claimDate().toString() : first == null ? null : first.datePublished(),
                        appearances,
                        first),
                factCheck.rationale());
    }

    /** The claimant; failing that, the outlet that carried the claim first. */
    private static ClaimReview.Party claimAuthor(FactCheck factCheck, ClaimReview.CreativeWork first) {
        Entity claimant = factCheck.claimant();
        if (claimant != null) {
            return new ClaimReview.Party(claimant.type() == EntityType.PERSON ? "Person" : "Organization", claimant.name(), null);
        }
        return first == null ? null : first.publisher();
    }

    private static ClaimReview.CreativeWork appearance(FactCheck.Appearance appearance) {
        return new ClaimReview.CreativeWork(appearance.url(), appearance.sourceTitle(), appearance.date(),
                new ClaimReview.Party("Organization", appearance.outlet(), null));
    }

    /**
     * The earliest-dated appearance, or the first when none is dated. Partial ISO dates compare as
     * text: "2021" sorts before "2021-08-05", the earliest day it may stand for.
     */
    private static ClaimReview.CreativeWork earliest(List<ClaimReview.CreativeWork> appearances) {
        return appearances.stream()
                .min(Comparator.comparing(ClaimReview.CreativeWork::datePublished, Comparator.nullsLast(Comparator.naturalOrder())))
                .orElse(null);
    }
}
