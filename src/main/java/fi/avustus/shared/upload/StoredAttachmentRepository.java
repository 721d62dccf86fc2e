package fi.avustus.shared.upload;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

/** The queries every module's attachment repository answers; each module declares its own repository on this. */
@NoRepositoryBean
public interface StoredAttachmentRepository<A extends StoredAttachment> extends JpaRepository<A, Long> {

    @Query("select a from #{#entityName} a where a.caseId = ?1 order by a.id")
    List<A> findByCaseIdOrderByIdAsc(long caseId);

    @Query("select coalesce(sum(a.size), 0) from #{#entityName} a where a.caseId = ?1")
    long totalSize(long caseId);
}
