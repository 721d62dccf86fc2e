package fi.avustus.recovery.internal;

import fi.avustus.recovery.ClaimStatus;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface RecoveryClaimRepository extends JpaRepository<RecoveryClaim, Long> {

    /**
     * SELECT … FOR UPDATE: two people recording a payment of the same claim at once take turns,
     * and the second is told the claim changed instead of both adding to what the first read.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select claim from RecoveryClaim claim where claim.id = :id")
    Optional<RecoveryClaim> lock(long id);

    List<RecoveryClaim> findByProjectId(long projectId);

    List<RecoveryClaim> findByStatusInOrderByDueDateAscIdAsc(Collection<ClaimStatus> statuses);

    List<RecoveryClaim> findByOrganisationIdInAndStatusInOrderByDueDateAscIdAsc(Collection<Long> organisationIds,
                                                                                Collection<ClaimStatus> statuses);
}
