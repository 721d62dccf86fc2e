package fi.avustus.actionplan.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanDocumentVersionRepository extends JpaRepository<PlanDocumentVersion, Long> {

    List<PlanDocumentVersion> findByDocumentIdOrderByNumberAsc(long documentId);

    Optional<PlanDocumentVersion> findByDocumentIdAndNumber(long documentId, int number);
}
