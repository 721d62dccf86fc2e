package fi.avustus.recovery.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RecoverySettlementRepository extends JpaRepository<RecoverySettlement, Long> {

    Optional<RecoverySettlement> findByProjectId(long projectId);

    /**
     * Makes settlements of one project take their turn until the transaction ends, before there
     * is a row to lock: the second of two settlements at once then finds the first one's.
     */
    @Query(value = "select 1 from pg_advisory_xact_lock(hashtextextended('recovery-settlement:' || ?1, 0))", nativeQuery = true)
    int lockProject(long projectId);

    List<RecoverySettlement> findAllByOrderByIdDesc();
}
