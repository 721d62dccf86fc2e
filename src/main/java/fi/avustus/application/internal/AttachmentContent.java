package fi.avustus.application.internal;

import fi.avustus.shared.upload.StoredAttachmentContent;
import fi.avustus.shared.upload.AttachmentFile;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The bytes of one application attachment. */
@Entity
@Table(name = "application_attachment_content")
public class AttachmentContent extends StoredAttachmentContent {

    protected AttachmentContent() {
    }

    public AttachmentContent(long attachmentId, AttachmentFile file) {
        super(attachmentId, file);
    }
}
