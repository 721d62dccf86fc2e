package fi.avustus.actionplan.internal;

import fi.avustus.actionplan.DocumentType;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PlanDocumentRepository extends JpaRepository<PlanDocument, Long> {

    List<PlanDocument> findByNetworkIdOrderByYearDescTypeAsc(long networkId);

    Optional<PlanDocument> findByNetworkIdAndYearAndType(long networkId, int year, DocumentType type);

    /** Locks the row so that a save, a submission and the process's status changes never interleave. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from PlanDocument d where d.id = :id")
    Optional<PlanDocument> findForUpdate(@Param("id") long id);
}
