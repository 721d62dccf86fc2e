package fi.avustus.report.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportAttachmentContentRepository extends JpaRepository<ReportAttachmentContent, Long> {
}
