package fi.avustus.recovery.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecoverySettlementRepository extends JpaRepository<RecoverySettlement, Long> {

    Optional<RecoverySettlement> findByProjectId(long projectId);

    List<RecoverySettlement> findAllByOrderByIdDesc();
}
