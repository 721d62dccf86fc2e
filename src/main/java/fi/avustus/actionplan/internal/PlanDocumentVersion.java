package fi.avustus.actionplan.internal;

import fi.avustus.approval.ApprovalOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A submitted version, frozen: the whole content as JSON as it was when submitted. Only the
 * steering group's outcome is written later, once; a database trigger refuses any change to the
 * content and any deletion.
 */
@Entity
@Table(name = "plan_document_version")
public class PlanDocumentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false, updatable = false)
    private Long documentId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String content;

    @Enumerated(EnumType.STRING)
    @Column
    private ApprovalOutcome outcome;

    @Column(name = "round_id")
    private Long roundId;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected PlanDocumentVersion() {
    }

    public PlanDocumentVersion(long documentId, int number, Instant submittedAt, String submittedBy, String content) {
        this.documentId = documentId;
        this.number = number;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.content = content;
    }

    public Long getId() {
        return id;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public int getNumber() {
        return number;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getContent() {
        return content;
    }

    public ApprovalOutcome getOutcome() {
        return outcome;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    /** The steering group's outcome for this version. */
    public void decide(ApprovalOutcome outcome, Long roundId, Instant decidedAt) {
        this.outcome = outcome;
        this.roundId = roundId;
        this.decidedAt = decidedAt;
    }
}
