package org.factcheck.verdict;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RatingRepository extends JpaRepository<Rating, Long> {

    List<Rating> findByScaleNameOrderByPosition(String scaleName);

    Optional<Rating> findByScaleNameAndLabel(String scaleName, String label);
}
