package fi.avustus.changerequest.internal;

import fi.avustus.changerequest.ChangeRequestKind;
import fi.avustus.changerequest.ChangeRequestStatus;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChangeRequestRepository extends JpaRepository<ChangeRequest, Long> {

    List<ChangeRequest> findByProjectIdOrderByIdDesc(long projectId);

    boolean existsByProjectIdAndKindAndStatus(long projectId, ChangeRequestKind kind, ChangeRequestStatus status);
}
