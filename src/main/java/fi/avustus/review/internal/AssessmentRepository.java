package fi.avustus.review.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    List<Assessment> findByApplicationIdOrderByIdAsc(long applicationId);

    List<Assessment> findByApplicationIdInOrderByIdAsc(Collection<Long> applicationIds);

    Optional<Assessment> findByApplicationIdAndReviewer(long applicationId, String reviewer);
}
