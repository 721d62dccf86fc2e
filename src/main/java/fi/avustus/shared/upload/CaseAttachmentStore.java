package fi.avustus.shared.upload;

import fi.avustus.shared.DomainException;
import java.io.InputStream;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Keeps the attachments of one kind of case (an application, a report): checks each file by its
 * content and the size limits, and stores the bytes apart from the description. A module's store
 * extends this with its own tables; callers check access and lock the case first, so that two
 * uploads at once cannot together pass the case's limit.
 */
public abstract class CaseAttachmentStore<A extends StoredAttachment, C extends StoredAttachmentContent> {

    private final StoredAttachmentRepository<A> attachments;
    private final JpaRepository<C, Long> contents;
    private final long caseMaxBytes;
    private final String fullKey;

    /**
     * @param caseMaxBytes what one case's files may take together
     * @param fullKey      the message that a case is full, with the limit in megabytes as its argument
     */
    protected CaseAttachmentStore(StoredAttachmentRepository<A> attachments, JpaRepository<C, Long> contents,
                                  long caseMaxBytes, String fullKey) {
        this.attachments = attachments;
        this.contents = contents;
        this.caseMaxBytes = caseMaxBytes;
        this.fullKey = fullKey;
    }

    /** A new description of the file, for the case. */
    protected abstract A describe(long caseId, AttachmentFile file);

    /** The file's bytes, for the stored description. */
    protected abstract C content(long attachmentId, AttachmentFile file);

    public AttachmentSummary upload(long caseId, String originalName, InputStream in) {
        AttachmentFile file = UploadRules.accept(originalName, in);
        if (attachments.totalSize(caseId) + file.size() > caseMaxBytes) {
            throw new DomainException(fullKey, caseMaxBytes / UploadRules.MEGABYTE);
        }
        A attachment = attachments.saveAndFlush(describe(caseId, file));
        contents.save(content(attachment.getId(), file));
        return attachment.summary();
    }

    public List<AttachmentSummary> list(long caseId) {
        return entities(caseId).stream().map(StoredAttachment::summary).toList();
    }

    public List<A> entities(long caseId) {
        return attachments.findByCaseIdOrderByIdAsc(caseId);
    }

    public AttachmentFile download(long caseId, long attachmentId) {
        A attachment = require(caseId, attachmentId);
        return attachment.download(contents.findById(attachmentId).orElseThrow(() -> new DomainException("notFound")));
    }

    public void delete(long caseId, long attachmentId) {
        A attachment = require(caseId, attachmentId);
        contents.deleteById(attachmentId);
        attachments.delete(attachment);
    }

    /** The attachment, only when it belongs to this case: ids of other cases' files do not work here. */
    private A require(long caseId, long attachmentId) {
        return attachments.findById(attachmentId).filter(found -> found.getCaseId() == caseId)
                .orElseThrow(() -> new DomainException("notFound"));
    }
}
