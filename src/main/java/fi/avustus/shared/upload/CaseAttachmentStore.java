package fi.avustus.shared.upload;

import fi.avustus.shared.DomainException;
import java.io.InputStream;
import java.util.List;
import java.util.function.BiFunction;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Keeps the attachments of one kind of case (an application, a report): checks each file by its
 * content and the size limits, and stores the bytes apart from the description. A module's store
 * (a bean of its own) extends this with its tables; callers check access and lock the case first,
 * so that two uploads at once cannot together pass the case's limit.
 */
public class CaseAttachmentStore<A extends StoredAttachment, C extends StoredAttachmentContent> {

    private final StoredAttachmentRepository<A> attachments;
    private final JpaRepository<C, Long> contents;
    private final BiFunction<Long, AttachmentFile, A> describe;
    private final BiFunction<Long, AttachmentFile, C> content;
    private final long caseMaxBytes;
    private final String fullKey;

    /**
     * @param describe     a new description of a file, for the case's id
     * @param content      a file's bytes, for its stored description's id
     * @param caseMaxBytes what one case's files may take together
     * @param fullKey      the message that a case is full, with the limit in megabytes as its argument
     */
    protected CaseAttachmentStore(StoredAttachmentRepository<A> attachments, JpaRepository<C, Long> contents,
                                  BiFunction<Long, AttachmentFile, A> describe, BiFunction<Long, AttachmentFile, C> content,
                                  long caseMaxBytes, String fullKey) {
        this.attachments = attachments;
        this.contents = contents;
        this.describe = describe;
        this.content = content;
        this.caseMaxBytes = caseMaxBytes;
        this.fullKey = fullKey;
    }

    public AttachmentSummary upload(long caseId, String originalName, InputStream in) {
        AttachmentFile file = UploadRules.accept(originalName, in);
        if (attachments.totalSize(caseId) + file.size() > caseMaxBytes) {
            throw new DomainException(fullKey, caseMaxBytes / UploadRules.MEGABYTE);
        }
        A attachment = attachments.saveAndFlush(describe.apply(caseId, file));
        contents.save(content.apply(attachment.getId(), file));
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
