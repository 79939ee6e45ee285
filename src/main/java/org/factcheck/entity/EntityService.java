package org.factcheck.entity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Entities and their aliases. Reviewers may read and edit them. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('REVIEWER')")
public class EntityService {

    private final NamedEntityRepository entities;

    EntityService(NamedEntityRepository entities) {
        this.entities = entities;
    }

    public Optional<NamedEntity> find(long id) {
        return entities.findById(id);
    }

    /** Entities known by this spelling, as their name or one of their aliases, in any letter case. */
    public List<NamedEntity> findBySpelling(String spelling) {
        return entities.findBySpelling(spelling);
    }

    public long count() {
        return entities.count();
    }

    /** Entities whose name or an alias contains the text, for pickers; all of them for a blank text. */
    public List<NamedEntity> findByNameOrAlias(String text, Pageable page) {
        return entities.findByNameOrAliasContaining(text == null ? "" : text.strip(), page).getContent();
    }

    @Transactional
    public NamedEntity save(NamedEntity entity) {
        return entities.save(entity);
    }
}
