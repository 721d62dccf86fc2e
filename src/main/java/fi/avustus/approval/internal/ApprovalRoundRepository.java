package fi.avustus.approval.internal;

import fi.avustus.approval.RoundStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ApprovalRoundRepository extends JpaRepository<ApprovalRound, Long> {

    List<ApprovalRound> findByDocumentTypeAndDocumentIdOrderByOpenedAtDesc(String documentType, long documentId);

    List<ApprovalRound> findBySteeringGroupIdAndStatusInOrderByDeadline(long steeringGroupId, Collection<RoundStatus> statuses);

    @Query("select round.processInstanceId from ApprovalRound round where round.steeringGroupId = ?1 and round.status in ?2")
    List<String> processInstanceIdsBySteeringGroupIdAndStatusIn(long steeringGroupId, Collection<RoundStatus> statuses);

    List<ApprovalRound> findByStatusIn(Collection<RoundStatus> statuses);

    Optional<ApprovalRound> findByProcessInstanceId(String processInstanceId);

    boolean existsByDocumentTypeAndDocumentVersionIdAndStatusNot(String documentType, long documentVersionId, RoundStatus status);
}
