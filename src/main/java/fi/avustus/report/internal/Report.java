package fi.avustus.report.internal;

import fi.avustus.report.ReportKind;
import fi.avustus.report.ReportStatus;
import fi.avustus.shared.AuditedEntity;
import fi.avustus.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * One report in a project's schedule. The applicant writes it while it is due or returned; the
 * status only moves as the reporting cycle says: submitted, then returned or accepted.
 */
@Entity
@Audited
@Table(name = "report")
public class Report extends AuditedEntity {

    @Column(name = "project_id", nullable = false)
    private long projectId;

    /** The project's call, for narrowing lists to a programme or a call without asking the project. */
    @Column(name = "call_id", nullable = false)
    private long callId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportKind kind;

    @Column(nullable = false)
    private int sequence;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status = ReportStatus.DUE;

    @Column(nullable = false)
    private String content;

    @Column(name = "total_spent", nullable = false, precision = 14, scale = 2)
    private BigDecimal totalSpent = BigDecimal.ZERO;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "return_comment")
    private String returnComment;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "content_checked_by")
    private String contentCheckedBy;

    @Column(name = "financial_checked_by")
    private String financialCheckedBy;

    @Column(name = "accepted_costs", precision = 14, scale = 2)
    private BigDecimal acceptedCosts;

    @Column(name = "check_comment")
    private String checkComment;

    protected Report() {
    }

    public Report(long projectId, long callId, long organisationId, ReportKind kind, int sequence, LocalDate dueDate,
                  String content) {
        this.projectId = projectId;
        this.callId = callId;
        this.organisationId = organisationId;
        this.kind = kind;
        this.sequence = sequence;
        this.dueDate = dueDate;
        this.content = content;
    }

    public void write(String content, BigDecimal totalSpent) {
        requireStatus(status.editable());
        this.content = content;
        this.totalSpent = totalSpent;
    }

    public void submit(String username, Instant at) {
        requireStatus(status.editable());
        status = ReportStatus.SUBMITTED;
        submittedBy = username;
        submittedAt = at;
    }

    /** Back to the applicant, with what is missing and until when. */
    public void returnForCompletion(String username, Instant at, String comment, LocalDate newDueDate) {
        requireStatus(status == ReportStatus.SUBMITTED);
        status = ReportStatus.RETURNED;
        returnComment = comment;
        dueDate = newDueDate;
        reviewedBy = username;
        reviewedAt = at;
        contentCheckedBy = null;
        financialCheckedBy = null;
        acceptedCosts = null;
    }

    public void accept(String username, Instant at, String comment) {
        requireStatus(status == ReportStatus.SUBMITTED);
        status = ReportStatus.ACCEPTED;
        reviewedBy = username;
        reviewedAt = at;
        checkComment = comment;
    }

    public void recordContentCheck(String username) {
        requireStatus(status == ReportStatus.SUBMITTED);
        contentCheckedBy = username;
    }

    public void recordFinancialCheck(String username, BigDecimal acceptedCosts, String comment) {
        requireStatus(status == ReportStatus.SUBMITTED);
        financialCheckedBy = username;
        this.acceptedCosts = acceptedCosts;
        checkComment = comment;
    }

    /** A change of the project's schedule moves the due date of a report not yet in. */
    public void moveDueDate(LocalDate newDueDate) {
        if (status.editable()) {
            dueDate = newDueDate;
        }
    }

    private void requireStatus(boolean allowed) {
        if (!allowed) {
            throw new DomainException("report.error.status." + status.name());
        }
    }

    public long getProjectId() {
        return projectId;
    }

    public long getCallId() {
        return callId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public ReportKind getKind() {
        return kind;
    }

    public int getSequence() {
        return sequence;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getContent() {
        return content;
    }

    public BigDecimal getTotalSpent() {
        return totalSpent;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getReturnComment() {
        return returnComment;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getContentCheckedBy() {
        return contentCheckedBy;
    }

    public String getFinancialCheckedBy() {
        return financialCheckedBy;
    }

    public BigDecimal getAcceptedCosts() {
        return acceptedCosts;
    }

    public String getCheckComment() {
        return checkComment;
    }
}
