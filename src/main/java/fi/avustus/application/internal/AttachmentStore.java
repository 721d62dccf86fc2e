package fi.avustus.application.internal;

import fi.avustus.application.Applications;
import fi.avustus.shared.upload.CaseAttachmentStore;
import fi.avustus.shared.upload.AttachmentFile;
import org.springframework.stereotype.Component;

/** The attachments of applications. */
@Component
public class AttachmentStore extends CaseAttachmentStore<Attachment, AttachmentContent> {

    AttachmentStore(AttachmentRepository attachments, AttachmentContentRepository contents) {
        super(attachments, contents, Applications.ATTACHMENTS_MAX_BYTES, "attachment.applicationFull");
    }

    @Override
    protected Attachment describe(long applicationId, AttachmentFile file) {
        return new Attachment(applicationId, file);
    }

    @Override
    protected AttachmentContent content(long attachmentId, AttachmentFile file) {
        return new AttachmentContent(attachmentId, file);
    }
}
