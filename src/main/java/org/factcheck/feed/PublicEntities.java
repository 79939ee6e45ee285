package org.factcheck.feed;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.factcheck.feed.EntityQueries.EntityRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The entities that occur in published fact-checks, each read in one snapshot of the database. */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class PublicEntities {

    private final EntityQueries entities;
    private final FactCheckQueries factChecks;

    PublicEntities(EntityQueries entities, FactCheckQueries factChecks) {
        this.entities = entities;
        this.factChecks = factChecks;
    }

    /** One page of the public entities, in id order. */
    Dated<ItemPage<Entity>> page(Paging paging) {
        long after = paging.isFirstPage() ? 0 : paging.after(1)[0];
        List<EntityRef> rows = entities.page(after, paging.limit() + 1);
        ItemPage<Entity> page = ItemPage.of(rows, paging.limit(), entities::withAliases, row -> Cursor.encode(row.id()));
        return new Dated<>(page, lastChangeOf(page.items()));
    }

    public Optional<Dated<Entity>> find(long id) {
        return entities.find(id)
                .map(row -> entities.withAliases(List.of(row)).getFirst())
                .map(entity -> new Dated<>(entity, lastChangeOf(List.of(entity))));
    }

    /**
     * The latest change to these entities, or to what makes an entity public at all: a verdict
     * published, edited or retracted.
     */
    private Instant lastChangeOf(List<Entity> shown) {
        Instant entitiesChanged = entities.lastChangeOf(shown.stream().map(Entity::id).toList());
        Instant verdictsChanged = factChecks.lastPublicChange();
        return entitiesChanged.isAfter(verdictsChanged) ? entitiesChanged : verdictsChanged;
    }
}
