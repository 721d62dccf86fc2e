package fi.avustus.report.internal;

import fi.avustus.shared.upload.AttachmentFile;
import fi.avustus.shared.upload.StoredAttachmentContent;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The bytes of one report attachment. */
@Entity
@Table(name = "report_attachment_content")
public class ReportAttachmentContent extends StoredAttachmentContent {

    protected ReportAttachmentContent() {
    }

    public ReportAttachmentContent(long attachmentId, AttachmentFile file) {
        super(attachmentId, file);
    }
}
