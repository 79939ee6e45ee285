package org.factcheck.entity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.factcheck.base.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Entities and their aliases. Reviewers may read, edit and merge them. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('REVIEWER')")
public class EntityService {

    private final NamedEntityRepository entities;
    private final AliasRepository aliases;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Lookalikes lookalikes;
    private final KnownSpellings knownSpellings;

    EntityService(NamedEntityRepository entities, AliasRepository aliases, ApplicationEventPublisher events,
            EntityManager entityManager, Lookalikes lookalikes, KnownSpellings knownSpellings) {
        this.entities = entities;
        this.aliases = aliases;
        this.events = events;
        this.entityManager = entityManager;
        this.lookalikes = lookalikes;
        this.knownSpellings = knownSpellings;
    }

    /**
     * Every known spelling of an entity (name or alias) in the text, as whole words, in text order.
     * Short all-capital spellings such as "US" match only in capitals; see {@link KnownSpellings}.
     */
    public List<SpellingInText> spellingsIn(String text) {
        return knownSpellings.in(text);
    }

    /**
     * Existing entities spelled like a new alias or mention (trigram similarity), most alike first:
     * suggestions to link it to one of them rather than create a duplicate. {@code except} leaves out
     * the entity the alias is being added to; null leaves out none.
     */
    public List<LookalikeEntity> lookalikes(String spelling, Long except) {
        return lookalikes.of(spelling, except);
    }

    /** The entity with its aliases, ready to be edited after the transaction ends. */
    public Optional<NamedEntity> find(long id) {
        return entities.findWithAliasesById(id);
    }

    /** One page of the entities the filter matches, by name unless another order is asked for. */
    public List<EntitySummary> list(EntityFilter filter, Pageable page) {
        Pageable ordered = page.getSort().isSorted() ? page
                : PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Order.asc("name").ignoreCase()));
        List<Long> spelledLike = lookalikes.spelledLike(filter.text());
        return entities.findSummaries(filter.type(), filter.pattern(), spelledLike.isEmpty() ? List.of(-1L) : spelledLike, ordered)
                .getContent();
    }

    /** Entities known by this spelling, as their name or one of their aliases, in any letter case. */
    public List<NamedEntity> findBySpelling(String spelling) {
        return entities.findBySpelling(spelling);
    }

    public long count() {
        return entities.count();
    }

    /**
     * Entities whose name or an alias contains the text, for pickers; all of them for a blank text.
     * Wildcards in the text ({@code %}, {@code _}) are taken literally.
     */
    public List<NamedEntity> findByNameOrAlias(String text, Pageable page) {
        return entities.findByNameOrAliasMatching(new EntityFilter(null, text).pattern(), page).getContent();
    }

    /**
     * Saves the entity with its aliases. An entity loaded earlier and saved after someone else saved
     * it fails with an optimistic locking failure instead of overwriting their change.
     */
    @Transactional
    public NamedEntity save(NamedEntity entity) {
        return changed(entities.save(entity));
    }

    /**
     * Merges two records of one real-world entity into the survivor: the merged entity's aliases
     * move to it, the merged entity's own name becomes one of its aliases, and (through
     * {@link EntitiesMerged}) the claims that mention the merged entity or name it as claimant point
     * at the survivor, which takes the merged entity's description only if it has none. Then the
     * merged entity is deleted; its history stays.
     */
    @Transactional
    public NamedEntity merge(long survivorId, long mergedId) {
        if (survivorId == mergedId) {
            throw new Refusal("An entity cannot be merged into itself: choose another one.");
        }
        NamedEntity survivor = entities.findWithAliasesById(survivorId).orElseThrow(() -> gone(survivorId));
        // Loaded without its aliases on purpose: taking an alias out of a loaded collection with
        // orphan removal would delete it, and deleting the entity would cascade to whatever that
        // collection still held. The aliases are found by query, moved and written first instead.
        NamedEntity merged = entities.findById(mergedId).orElseThrow(() -> gone(mergedId));
        for (Alias alias : aliases.findByEntity(merged)) {
            if (!survivor.addAlias(alias)) {
                // The survivor has this spelling already; the duplicate row stays in the history.
                aliases.delete(alias);
            }
        }
        survivor.addAlias(merged.getName(), null);
        if (survivor.getDescription() == null || survivor.getDescription().isBlank()) {
            survivor.setDescription(merged.getDescription());
        }
        events.publishEvent(new EntitiesMerged(survivorId, mergedId));
        entities.flush();
        entities.delete(merged);
        return changed(survivor);
    }

    /**
     * Aliases are rows of their own, so a change to them alone would leave the entity's version as
     * it was, and a form loaded before it could then save its old list of aliases over the new one.
     * Counting every save as a new version of the entity makes such a form fail instead.
     */
    private NamedEntity changed(NamedEntity entity) {
        knownSpellings.changed();
        entityManager.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return entity;
    }

    private static Refusal gone(long id) {
        return new Refusal("Entity " + id + " no longer exists: someone may have merged or deleted it.");
    }
}
