package fi.avustus.application.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByApplicationIdOrderByIdAsc(long applicationId);

    @Query("select coalesce(sum(a.size), 0) from Attachment a where a.applicationId = :applicationId")
    long totalSize(@Param("applicationId") long applicationId);
}
