package fi.avustus.report.internal;

import fi.avustus.shared.upload.StoredAttachmentRepository;

public interface ReportAttachmentRepository extends StoredAttachmentRepository<ReportAttachment> {
}
