package fi.avustus.report.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReportAuditRepository extends JpaRepository<ReportAudit, Long> {

    Optional<ReportAudit> findByProjectId(long projectId);

    @Query("select a from ReportAudit a, Report r where r.id = a.reportId and r.callId in ?1 order by a.id desc")
    List<ReportAudit> findByCalls(Collection<Long> callIds);

    /** Final reports submitted or accepted in these calls and not yet picked for audit. */
    @Query("select r from Report r where r.callId in ?1 and r.kind = fi.avustus.report.ReportKind.FINAL"
            + " and r.status in (fi.avustus.report.ReportStatus.SUBMITTED, fi.avustus.report.ReportStatus.ACCEPTED)"
            + " and not exists (select a from ReportAudit a where a.reportId = r.id) order by r.id")
    List<Report> candidates(Collection<Long> callIds);
}
