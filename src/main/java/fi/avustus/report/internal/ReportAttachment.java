package fi.avustus.report.internal;

import fi.avustus.shared.upload.AttachmentFile;
import fi.avustus.shared.upload.StoredAttachment;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A report's attachment; its bytes live in {@link ReportAttachmentContent} so that lists never load them. */
@Entity
@Audited
@Table(name = "report_attachment")
@AttributeOverride(name = "caseId", column = @Column(name = "report_id", nullable = false, updatable = false))
public class ReportAttachment extends StoredAttachment {

    protected ReportAttachment() {
    }

    public ReportAttachment(long reportId, AttachmentFile file) {
        super(reportId, file);
    }
}
