package org.factcheck.claim;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.factcheck.entity.EntitiesMerged;
import org.factcheck.entity.EntityMentions;
import org.factcheck.entity.EntityService;
import org.factcheck.entity.NamedEntity;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How claims name entities, seen from the entity's side: which claims mention an entity or quote it
 * as claimant, and re-pointing them when two entities are merged.
 */
@Component
class ClaimEntityLinks implements EntityMentions {

    private final ClaimRepository claims;
    private final ClaimSummaries summaries;
    private final EntityService entities;

    ClaimEntityLinks(ClaimRepository claims, ClaimSummaries summaries, EntityService entities) {
        this.claims = claims;
        this.summaries = summaries;
        this.entities = entities;
    }

    /** The claims grid's own query and count, filtered by the entity: a few index lookups at any size. */
    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('REVIEWER')")
    public Mentions claimsMentioning(long entityId, int limit) {
        ClaimFilter naming = new ClaimFilter(null, null, null, entityId, null, null, null, null, null);
        List<MentioningClaim> first = summaries.find(naming, Sort.unsorted(), null, 0, limit).claims().stream()
                .map(claim -> new MentioningClaim(claim.id(), claim.text(), Long.valueOf(entityId).equals(claim.claimantId())))
                .toList();
        return new Mentions(first, summaries.count(naming).shown());
    }

    /**
     * Runs inside the merge's transaction, before the merged entity is deleted. Changed through JPA,
     * not SQL, so the history shows every claim whose claimant or mentions changed, and by whom.
     */
    @EventListener
    void pointAtSurvivor(EntitiesMerged merge) {
        NamedEntity survivor = entities.find(merge.survivorId()).orElseThrow();
        for (Claim claim : claims.findNaming(merge.mergedId())) {
            claim.setMentions(mentionsAfter(claim, merge, survivor));
            if (isClaimant(claim, merge.mergedId())) {
                claim.setClaimant(survivor);
            }
        }
    }

    /** The claim's mentions with the survivor in place of the merged entity; a set, so it is never there twice. */
    private static Set<NamedEntity> mentionsAfter(Claim claim, EntitiesMerged merge, NamedEntity survivor) {
        Set<NamedEntity> mentions = new LinkedHashSet<>();
        for (NamedEntity mentioned : claim.getMentions()) {
            mentions.add(mentioned.getId() == merge.mergedId() ? survivor : mentioned);
        }
        return mentions;
    }

    private static boolean isClaimant(Claim claim, long entityId) {
        return claim.getClaimant() != null && claim.getClaimant().getId() == entityId;
    }
}
