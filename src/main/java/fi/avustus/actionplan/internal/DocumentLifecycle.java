package fi.avustus.actionplan.internal;

import fi.avustus.actionplan.DocumentApproved;
import fi.avustus.actionplan.DocumentContent;
import fi.avustus.actionplan.DocumentReturned;
import fi.avustus.actionplan.DocumentStatus;
import fi.avustus.approval.ApprovalOutcome;
import fi.avustus.organisation.NetworkSummary;
import fi.avustus.shared.DomainException;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps that move a document through its process: a submission freezes a version, the
 * steering group's outcome makes it the baseline or returns the document for revision. Repeating
 * an outcome that was already recorded does nothing, so that a retried process job is harmless.
 */
@Component
@Transactional
public class DocumentLifecycle {

    private final PlanDocumentRepository documents;
    private final PlanDocumentVersionRepository versions;
    private final DocumentAccess access;
    private final DocumentRules rules;
    private final Governance governance;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentLifecycle(PlanDocumentRepository documents, PlanDocumentVersionRepository versions, DocumentAccess access,
                      DocumentRules rules, Governance governance, ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.versions = versions;
        this.access = access;
        this.rules = rules;
        this.governance = governance;
        this.events = events;
        this.clock = clock;
    }

    /** The coordinator's submission: the draft passes the submit rules and is frozen as the next version. */
    public Submission freeze(long documentId) {
        PlanDocument document = access.requireOwnForUpdate(documentId);
        requireEditable(document);
        DocumentContent content = ContentJson.read(document.getType(), document.getContent());
        rules.checkSubmit(document, content);
        boolean revision = document.getStatus() == DocumentStatus.CHANGES_REQUESTED;
        int number = document.getSubmittedVersions() + 1;
        PlanDocumentVersion version = versions.saveAndFlush(new PlanDocumentVersion(documentId, number, clock.instant(),
                access.username(), document.getContent()));
        document.setSubmittedVersions(number);
        document.setStatus(DocumentStatus.IN_APPROVAL);
        documents.saveAndFlush(document);
        return new Submission(documentId, document.getType(), document.getNetworkId(), version.getId(), number,
                access.username(), revision);
    }

    /** The group approved the version: it becomes the baseline. */
    public void approve(long documentId, long versionId, Long roundId) {
        PlanDocument document = lockedWithVersion(documentId, versionId);
        PlanDocumentVersion version = versions.findById(versionId).orElseThrow();
        if (document.getStatus() == DocumentStatus.APPROVED && Long.valueOf(versionId).equals(document.getApprovedVersionId())) {
            return;
        }
        requireInApproval(document);
        version.decide(ApprovalOutcome.APPROVED, roundId, clock.instant());
        document.setApproved(versionId, version.getNumber());
        document.setStatus(DocumentStatus.APPROVED);
        documents.saveAndFlush(document);
        events.publishEvent(new DocumentApproved(documentId, document.getType(), document.getNetworkId(),
                coordinatorOf(document), document.getYear(), version.getNumber()));
    }

    /** The group asked for changes, or the chair sent the version back: the coordinator revises the draft. */
    public void returnForRevision(long documentId, long versionId, ApprovalOutcome outcome, Long roundId) {
        PlanDocument document = lockedWithVersion(documentId, versionId);
        PlanDocumentVersion version = versions.findById(versionId).orElseThrow();
        if (document.getStatus() == DocumentStatus.CHANGES_REQUESTED && outcome == version.getOutcome()) {
            return;
        }
        requireInApproval(document);
        version.decide(outcome, roundId, clock.instant());
        document.setStatus(DocumentStatus.CHANGES_REQUESTED);
        documents.saveAndFlush(document);
        events.publishEvent(new DocumentReturned(documentId, document.getType(), document.getNetworkId(),
                coordinatorOf(document), document.getYear(), version.getNumber(), outcome));
    }

    /** Refuses every change to a document the group is reviewing or has approved, saying which. */
    public static void requireEditable(PlanDocument document) {
        switch (document.getStatus()) {
            case APPROVED -> throw new DomainException("actionplan.approved.readOnly");
            case IN_APPROVAL -> throw new DomainException("actionplan.inApproval.readOnly");
            default -> {
            }
        }
    }

    private PlanDocument lockedWithVersion(long documentId, long versionId) {
        PlanDocument document = documents.findForUpdate(documentId).orElseThrow(() -> new DomainException("notFound"));
        versions.findById(versionId).filter(version -> version.getDocumentId() == documentId)
                .orElseThrow(() -> new DomainException("notFound"));
        return document;
    }

    private static void requireInApproval(PlanDocument document) {
        if (document.getStatus() != DocumentStatus.IN_APPROVAL) {
            throw new DomainException("actionplan.status.wrong", document.getStatus().name());
        }
    }

    private long coordinatorOf(PlanDocument document) {
        return governance.network(document.getNetworkId()).map(NetworkSummary::coordinatorId).orElseThrow();
    }
}
