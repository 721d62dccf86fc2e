package fi.avustus.application.internal;

import fi.avustus.application.AttachmentDownload;
import fi.avustus.application.AttachmentSummary;
import fi.avustus.shared.DomainException;
import java.io.InputStream;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Keeps attachments of applications: checks each file by its content and the size limits, and
 * stores the bytes apart from the description. Callers check access and lock the application
 * first, so that two uploads at once cannot together pass the per-application limit.
 */
@Component
public class AttachmentStore {

    private final AttachmentRepository attachments;
    private final AttachmentContentRepository contents;

    AttachmentStore(AttachmentRepository attachments, AttachmentContentRepository contents) {
        this.attachments = attachments;
        this.contents = contents;
    }

    public AttachmentSummary upload(long applicationId, String originalName, InputStream in) {
        String fileName = AttachmentRules.sanitiseName(originalName);
        byte[] bytes = AttachmentRules.readLimited(in);
        String type = AttachmentRules.detect(bytes, fileName);
        long used = attachments.totalSize(applicationId);
        if (used + bytes.length > AttachmentRules.APPLICATION_MAX_BYTES) {
            throw new DomainException("attachment.applicationFull", AttachmentRules.APPLICATION_MAX_BYTES / (1024 * 1024));
        }
        Attachment attachment = attachments.saveAndFlush(new Attachment(applicationId, fileName, type, bytes.length));
        contents.save(new AttachmentContent(attachment.getId(), bytes));
        return summary(attachment);
    }

    public List<AttachmentSummary> list(long applicationId) {
        return attachments.findByApplicationIdOrderByIdAsc(applicationId).stream().map(AttachmentStore::summary).toList();
    }

    public List<Attachment> entities(long applicationId) {
        return attachments.findByApplicationIdOrderByIdAsc(applicationId);
    }

    public AttachmentDownload download(long applicationId, long attachmentId) {
        Attachment attachment = require(applicationId, attachmentId);
        byte[] bytes = contents.findById(attachmentId).orElseThrow(() -> new DomainException("notFound")).getContent();
        return new AttachmentDownload(attachment.getFileName(), attachment.getContentType(), bytes);
    }

    public void delete(long applicationId, long attachmentId) {
        Attachment attachment = require(applicationId, attachmentId);
        contents.deleteById(attachmentId);
        attachments.delete(attachment);
    }

    /** The attachment, only when it belongs to this application: ids of other applications' files do not work here. */
    private Attachment require(long applicationId, long attachmentId) {
        return attachments.findById(attachmentId).filter(found -> found.getApplicationId() == applicationId)
                .orElseThrow(() -> new DomainException("notFound"));
    }

    private static AttachmentSummary summary(Attachment attachment) {
        return new AttachmentSummary(attachment.getId(), attachment.getFileName(), attachment.getContentType(),
                attachment.getSize(), attachment.getCreatedAt(), attachment.getCreatedBy());
    }
}
