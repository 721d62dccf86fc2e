package fi.avustus.shared.upload;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** The bytes of one attachment, keyed by the attachment's id; written once, never changed. */
@MappedSuperclass
public abstract class StoredAttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected StoredAttachmentContent() {
    }

    protected StoredAttachmentContent(long attachmentId, AttachmentFile file) {
        this.attachmentId = attachmentId;
        this.content = file.content();
    }

    public byte[] getContent() {
        return content.clone();
    }
}
