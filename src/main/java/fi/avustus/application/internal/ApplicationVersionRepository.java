package fi.avustus.application.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationVersionRepository extends JpaRepository<ApplicationVersion, Long> {

    List<ApplicationVersion> findByApplicationIdOrderByNumberAsc(long applicationId);

    Optional<ApplicationVersion> findByApplicationIdAndNumber(long applicationId, int number);
}
