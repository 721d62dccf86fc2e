package fi.avustus.approval.internal;

import fi.avustus.approval.RoundStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApprovalRoundRepository extends JpaRepository<ApprovalRound, Long> {

    List<ApprovalRound> findByDocumentTypeAndDocumentIdOrderByOpenedAtDesc(String documentType, long documentId);

    List<ApprovalRound> findBySteeringGroupIdAndStatusInOrderByDeadline(long steeringGroupId, Collection<RoundStatus> statuses);

    List<ApprovalRound> findByStatusIn(Collection<RoundStatus> statuses);

    Optional<ApprovalRound> findByProcessInstanceId(String processInstanceId);

    boolean existsByDocumentTypeAndDocumentVersionIdAndStatusNot(String documentType, long documentVersionId, RoundStatus status);
}
