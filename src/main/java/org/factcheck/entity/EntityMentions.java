package org.factcheck.entity;

import java.util.List;

/**
 * The claims that name an entity, as the entity's page lists them. The claim feature implements it:
 * claims depend on entities, never the other way round.
 */
public interface EntityMentions {

    /**
     * The first {@code limit} claims, latest changed first, that mention the entity or name it as their
     * claimant, and how many there are in all: an entity can be named in 100,000 claims, which the
     * claims grid filtered by the entity lists in full.
     */
    Mentions claimsMentioning(long entityId, int limit);

    /** The first claims naming an entity, and their number as shown ("about 150,000" when estimated). */
    record Mentions(List<MentioningClaim> first, String count) {
    }

    /** A claim that names the entity; {@code claimant} when the entity made the claim. */
    record MentioningClaim(long claimId, String text, boolean claimant) {
    }
}
