package org.factcheck.entity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NamedEntityRepository extends JpaRepository<NamedEntity, Long> {

    @EntityGraph(attributePaths = "aliases")
    @Query("select e from NamedEntity e where lower(e.name) = lower(:spelling) "
            + "or exists (select a from Alias a where a.entity = e and lower(a.name) = lower(:spelling))")
    List<NamedEntity> findBySpelling(String spelling);

    @EntityGraph(attributePaths = "aliases")
    Optional<NamedEntity> findWithAliasesById(long id);

    /** Entities of the type (any type if null) whose name or one of whose aliases matches the pattern, or these. */
    @Query("""
            select new org.factcheck.entity.EntitySummary(e.id, e.type, e.name,
                (select listagg(a.name, ', ') within group (order by a.name) from Alias a where a.entity = e),
                e.description)
            from NamedEntity e
            where (:type is null or e.type = :type)
              and (lower(e.name) like :pattern escape '\\'
                   or exists (select a from Alias a where a.entity = e and lower(a.name) like :pattern escape '\\')
                   or e.id in :spelledLike)""")
    Slice<EntitySummary> findSummaries(EntityType type, String pattern, Collection<Long> spelledLike, Pageable page);

    /** Entities whose name or one of whose aliases matches the pattern (see {@link EntityFilter#pattern()}). */
    @Query("select e from NamedEntity e where lower(e.name) like :pattern escape '\\' "
            + "or exists (select a from Alias a where a.entity = e and lower(a.name) like :pattern escape '\\') "
            + "order by e.name")
    Slice<NamedEntity> findByNameOrAliasMatching(String pattern, Pageable page);
}
