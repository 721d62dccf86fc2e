package fi.avustus.application.internal;

import fi.avustus.shared.upload.StoredAttachmentRepository;

public interface AttachmentRepository extends StoredAttachmentRepository<Attachment> {
}
