package org.factcheck.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewerRepository extends JpaRepository<Reviewer, Long> {

    Optional<Reviewer> findByUsername(String username);

    List<Reviewer> findByEnabledTrueOrderByDisplayName();
}
