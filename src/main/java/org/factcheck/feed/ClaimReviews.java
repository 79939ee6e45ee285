package org.factcheck.feed;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import org.factcheck.entity.EntityType;
import org.springframework.stereotype.Component;

/**
 * The one mapping from a published fact-check to schema.org ClaimReview, shared by the API, the
 * public pages and the exports so that all say exactly the same thing.
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
        PublicationSettings.Publisher publisher = publication.publisher();
        return new ClaimReview(
                fragment(factCheck.url(), "claim-review"),
                factCheck.url(),
                factCheck.headline(),
                factCheck.language(),
                factCheck.publishedAt(),
                factCheck.updatedAt(),
                new ClaimReview.Party("Organization", publisher.name(), publication.publisherUrl(),
                        publisher.logo() == null ? null : new ClaimReview.ImageObject(publisher.logo()), null),
                new ClaimReview.ReviewRating(rating.label(), rating.value(), rating.bestValue(), rating.worstValue()),
                new ClaimReview.Claim(
                        fragment(factCheck.url(), "claim"),
                        claimant(factCheck.claimant()),
                        // Without a known date, the claim was made no later than where it first appeared.
                        factCheck.claimDate() != null ? factCheck.claimDate().toString() : first == null ? null : first.datePublished(),
                        appearances,
                        first),
                factCheck.rationale());
    }

    /** Who made the claim, if the desk knows; an outlet that carried it is an appearance, not its author. */
    private static ClaimReview.Party claimant(Entity claimant) {
        if (claimant == null) {
            return null;
        }
        return new ClaimReview.Party(claimant.type() == EntityType.PERSON ? "Person" : "Organization", claimant.name(), null,
                null, claimant.wikidataUrl());
    }

    private static URI fragment(URI page, String name) {
        return URI.create(page + "#" + name);
    }

    private static ClaimReview.CreativeWork appearance(FactCheck.Appearance appearance) {
        return new ClaimReview.CreativeWork(appearance.url(), appearance.sourceTitle(), appearance.date(), appearance.language(),
                ClaimReview.Party.organization(appearance.outlet()));
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
