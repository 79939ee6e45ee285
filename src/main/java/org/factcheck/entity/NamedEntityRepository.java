package org.factcheck.entity;

import java.util.List;
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

    @Query("select e from NamedEntity e where lower(e.name) like lower(concat('%', :text, '%')) "
            + "or exists (select a from Alias a where a.entity = e and lower(a.name) like lower(concat('%', :text, '%'))) "
            + "order by e.name")
    Slice<NamedEntity> findByNameOrAliasContaining(String text, Pageable page);
}
