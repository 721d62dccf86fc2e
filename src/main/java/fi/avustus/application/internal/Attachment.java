package fi.avustus.application.internal;

import fi.avustus.shared.upload.StoredAttachment;
import fi.avustus.shared.upload.AttachmentFile;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** An application's attachment; its bytes live in {@link AttachmentContent} so that lists never load them. */
@Entity
@Audited
@Table(name = "application_attachment")
@AttributeOverride(name = "caseId", column = @Column(name = "application_id", nullable = false, updatable = false))
public class Attachment extends StoredAttachment {

    protected Attachment() {
    }

    public Attachment(long applicationId, AttachmentFile file) {
        super(applicationId, file);
    }
}
