package fi.avustus.review.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DecisionRepository extends JpaRepository<Decision, Long> {

    Optional<Decision> findByApplicationId(long applicationId);
}
