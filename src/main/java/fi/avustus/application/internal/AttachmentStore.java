package fi.avustus.application.internal;

import fi.avustus.application.Applications;
import fi.avustus.shared.upload.CaseAttachmentStore;
import org.springframework.stereotype.Component;

/** The attachments of applications. */
@Component
public class AttachmentStore extends CaseAttachmentStore<Attachment, AttachmentContent> {

    AttachmentStore(AttachmentRepository attachments, AttachmentContentRepository contents) {
        super(attachments, contents, Attachment::new, AttachmentContent::new, Applications.ATTACHMENTS_MAX_BYTES,
                "attachment.applicationFull");
    }
}
