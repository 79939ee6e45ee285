package org.factcheck.entity;

import java.util.List;

/**
 * The claims that name an entity, as the entity's page lists them. The claim feature implements it:
 * claims depend on entities, never the other way round.
 */
public interface EntityMentions {

    /** Claims that mention the entity or name it as their claimant, oldest first. */
    List<MentioningClaim> claimsMentioning(long entityId);

    /** A claim that names the entity; {@code claimant} when the entity made the claim. */
    record MentioningClaim(long claimId, String text, boolean claimant) {
    }
}
