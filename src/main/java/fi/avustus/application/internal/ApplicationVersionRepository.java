package fi.avustus.application.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApplicationVersionRepository extends JpaRepository<ApplicationVersion, Long> {

    @Query("select v from ApplicationVersion v where v.applicationId = :applicationId order by v.number")
    List<ApplicationVersion> findByApplicationIdOrderByNumberAsc(@Param("applicationId") long applicationId);

    Optional<ApplicationVersion> findByApplicationIdAndNumber(long applicationId, int number);
}
