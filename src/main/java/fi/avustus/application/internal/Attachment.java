package fi.avustus.application.internal;

import fi.avustus.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** An attachment's description; its bytes live in {@link AttachmentContent} so that lists never load them. */
@Entity
@Audited
@Table(name = "application_attachment")
public class Attachment extends AuditedEntity {

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    protected Attachment() {
    }

    public Attachment(long applicationId, String fileName, String contentType, long size) {
        this.applicationId = applicationId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
    }

    public Long getApplicationId() {
        return applicationId;
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
}
