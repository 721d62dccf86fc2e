package fi.avustus.approval.internal;

import fi.avustus.approval.ApprovalOutcome;
import fi.avustus.approval.DecidedBy;
import fi.avustus.approval.RoundStatus;
import fi.avustus.approval.RoundSummary;
import fi.avustus.shared.AuditedEntity;
import fi.avustus.shared.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.Audited;

/** One steering group's approval round of one document version. */
@Entity
@Audited
@Table(name = "approval_round")
public class ApprovalRound extends AuditedEntity {

    @Column(name = "document_type", nullable = false)
    private String documentType;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "document_version_id", nullable = false)
    private long documentVersionId;

    @Column(name = "steering_group_id", nullable = false)
    private long steeringGroupId;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(nullable = false)
    private Instant deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoundStatus status = RoundStatus.OPEN;

    @Enumerated(EnumType.STRING)
    private ApprovalOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_by")
    private DecidedBy decidedBy;

    @Column(name = "chair_username")
    private String chairUsername;

    @Column(name = "chair_comment")
    private String chairComment;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @ElementCollection
    @CollectionTable(name = "approval_round_voter", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    private List<RoundVoter> voters = new ArrayList<>();

    protected ApprovalRound() {
    }

    public ApprovalRound(String documentType, long documentId, long documentVersionId, long steeringGroupId,
                         String submittedBy, Instant deadline, String processInstanceId, Instant openedAt,
                         List<RoundVoter> voters) {
        this.documentType = documentType;
        this.documentId = documentId;
        this.documentVersionId = documentVersionId;
        this.steeringGroupId = steeringGroupId;
        this.submittedBy = submittedBy;
        this.deadline = deadline;
        this.processInstanceId = processInstanceId;
        this.openedAt = openedAt;
        this.voters.addAll(voters);
    }

    public RoundSummary summary() {
        return new RoundSummary(getId(), documentType, documentId, documentVersionId, steeringGroupId, deadline, status,
                outcome, decidedBy, openedAt, closedAt);
    }

    public Optional<RoundVoter> voter(String username) {
        return voters.stream().filter(voter -> voter.getUsername().equals(username)).findFirst();
    }

    /** Voting ended with a tie or without a quorum: the chair has the next step. */
    public void awaitChair(String chair) {
        requireNotClosed();
        status = RoundStatus.AWAITING_CHAIR;
        chairUsername = chair;
    }

    /** The chair gave more time: the round is open again until the new deadline. */
    public void reopen(Instant newDeadline, String comment) {
        requireNotClosed();
        status = RoundStatus.OPEN;
        deadline = newDeadline;
        chairComment = comment;
    }

    public void close(ApprovalOutcome outcome, DecidedBy decidedBy, String chairComment, Instant at) {
        requireNotClosed();
        this.status = RoundStatus.CLOSED;
        this.outcome = outcome;
        this.decidedBy = decidedBy;
        this.chairComment = chairComment;
        this.closedAt = at;
    }

    public void markRemoved(RoundVoter voter) {
        voter.markRemoved();
    }

    private void requireNotClosed() {
        if (status == RoundStatus.CLOSED) {
            throw new DomainException("approval.round.closed");
        }
    }

    public String getDocumentType() {
        return documentType;
    }

    public long getDocumentId() {
        return documentId;
    }

    public long getDocumentVersionId() {
        return documentVersionId;
    }

    public long getSteeringGroupId() {
        return steeringGroupId;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public ApprovalOutcome getOutcome() {
        return outcome;
    }

    public DecidedBy getDecidedBy() {
        return decidedBy;
    }

    public String getChairUsername() {
        return chairUsername;
    }

    public String getChairComment() {
        return chairComment;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public List<RoundVoter> getVoters() {
        return List.copyOf(voters);
    }
}
