package fi.avustus.shared.upload;

import fi.avustus.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

/**
 * An attached file's description, audited: who added which file and when, and whether it was
 * deleted. The bytes live apart ({@link StoredAttachmentContent}) so that lists never load them.
 * Each module's attachment table names the column of its case's id, as an
 * {@code @AttributeOverride} of {@code caseId}.
 */
@MappedSuperclass
@Audited
public abstract class StoredAttachment extends AuditedEntity {

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    protected StoredAttachment() {
    }

    protected StoredAttachment(long caseId, AttachmentFile file) {
        this.caseId = caseId;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.size = file.size();
    }

    public long getCaseId() {
        return caseId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public AttachmentSummary summary() {
        return new AttachmentSummary(getId(), fileName, contentType, size, getCreatedAt(), getCreatedBy());
    }

    public AttachmentFile download(StoredAttachmentContent content) {
        return new AttachmentFile(fileName, contentType, content.getContent());
    }
}
