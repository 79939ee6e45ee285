package org.factcheck.entity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AliasRepository extends JpaRepository<Alias, Long> {

    List<Alias> findByEntity(NamedEntity entity);
}
