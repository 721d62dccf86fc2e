package fi.avustus.review.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    List<Assessment> findByApplicationIdOrderByIdAsc(long applicationId);

    Optional<Assessment> findByApplicationIdAndReviewer(long applicationId, String reviewer);
}
