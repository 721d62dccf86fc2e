package fi.avustus.review.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    @Query("select a from Assessment a where a.applicationId = :applicationId order by a.id")
    List<Assessment> findByApplicationIdOrderByIdAsc(@Param("applicationId") long applicationId);

    List<Assessment> findByApplicationIdInOrderByIdAsc(Collection<Long> applicationIds);

    @Query("select a from Assessment a where a.applicationId = :applicationId and a.reviewer = :reviewer")
    Optional<Assessment> findByApplicationIdAndReviewer(@Param("applicationId") long applicationId,
                                                        @Param("reviewer") String reviewer);
}
