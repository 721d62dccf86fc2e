package fi.avustus.report.internal;

import fi.avustus.report.ReportStatus;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ReportRepository extends JpaRepository<Report, Long> {

    /** Interim reports first (INTERIM sorts after FINAL as text), each kind in its sequence. */
    @Query("select r from Report r where r.projectId = ?1 order by r.kind desc, r.sequence")
    List<Report> findByProject(long projectId);

    boolean existsByProjectId(long projectId);

    /** Locks the row, so that a change of the report's attachments and its submission never interleave. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Report r where r.id = ?1")
    Optional<Report> findForUpdate(long id);

    @Query("select coalesce(sum(r.totalSpent), 0) from Report r where r.projectId = ?1 and r.status in ?2")
    BigDecimal spentOf(long projectId, Collection<ReportStatus> statuses);

    List<Report> findByProjectIdInAndStatusIn(Collection<Long> projectIds, Collection<ReportStatus> statuses);

    /** Reported costs per project, counting what is submitted or accepted: [projectId, sum]. */
    @Query("select r.projectId, sum(r.totalSpent) from Report r where r.projectId in ?1 and r.status in ?2 group by r.projectId")
    List<Object[]> spentByProject(Collection<Long> projectIds, Collection<ReportStatus> statuses);
}
