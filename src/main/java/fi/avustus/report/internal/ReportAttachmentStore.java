package fi.avustus.report.internal;

import fi.avustus.report.Reports;
import fi.avustus.shared.upload.CaseAttachmentStore;
import org.springframework.stereotype.Component;

/** The attachments of reports. */
@Component
public class ReportAttachmentStore extends CaseAttachmentStore<ReportAttachment, ReportAttachmentContent> {

    ReportAttachmentStore(ReportAttachmentRepository attachments, ReportAttachmentContentRepository contents) {
        super(attachments, contents, ReportAttachment::new, ReportAttachmentContent::new, Reports.ATTACHMENTS_MAX_BYTES,
                "report.attachment.full");
    }
}
