package fi.avustus.changerequest.internal;

import fi.avustus.changerequest.ChangeLine;
import fi.avustus.changerequest.ChangeRequestKind;
import fi.avustus.changerequest.ChangeRequestStatus;
import fi.avustus.changerequest.ChangeRequestSummary;
import fi.avustus.project.ProjectContact;
import fi.avustus.shared.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;

/**
 * An applicant's request to change a funded project, with what the project had when it was filed
 * and, once decided, what was decided by whom. Audited: an automatic acceptance is logged as
 * carefully as an official's decision.
 */
@Entity
@Audited
@Table(name = "change_request")
public class ChangeRequest extends AuditedEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ChangeRequestKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ChangeRequestStatus status = ChangeRequestStatus.PENDING;

    @Column(nullable = false, length = 4000)
    private String justification;

    @Column(nullable = false)
    private boolean late;

    @Column(name = "usage_end_before")
    private LocalDate usageEndBefore;

    @Column(name = "requested_usage_end")
    private LocalDate requestedUsageEnd;

    @Column(name = "decided_usage_end")
    private LocalDate decidedUsageEnd;

    @ElementCollection
    @CollectionTable(name = "change_request_line", joinColumns = @JoinColumn(name = "change_request_id"))
    @OrderColumn(name = "position")
    private List<ChangeLineRow> lines = new ArrayList<>();

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_justification", length = 4000)
    private String decisionJustification;

    protected ChangeRequest() {
    }

    public ChangeRequest(long projectId, long organisationId, ChangeRequestKind kind, String justification) {
        this.projectId = projectId;
        this.organisationId = organisationId;
        this.kind = kind;
        this.justification = justification.strip();
    }

    public void askExtension(LocalDate usageEndNow, LocalDate requested, boolean lateRequest) {
        usageEndBefore = usageEndNow;
        requestedUsageEnd = requested;
        late = lateRequest;
    }

    public void askReallocation(List<ChangeLine> requested) {
        lines.clear();
        requested.forEach(line -> lines.add(new ChangeLineRow(line)));
    }

    public void askContact(ProjectContact contact) {
        contactName = contact.name();
        contactEmail = contact.email();
        contactPhone = contact.phone();
    }

    /**
     * Records the decision; the decided values are those asked for unless the decision changed
     * them, and none on a rejection.
     */
    public void decide(ChangeRequestStatus outcome, LocalDate usageEnd, List<BigDecimal> amounts, String reason,
                       String decider, Instant at) {
        status = outcome;
        decidedBy = decider;
        decidedAt = at;
        decisionJustification = reason == null ? null : reason.strip();
        if (outcome.accepted()) {
            decidedUsageEnd = usageEnd;
            List<ChangeLine> current = lines.stream().map(ChangeLineRow::toLine).toList();
            lines.clear();
            for (int i = 0; i < current.size(); i++) {
                ChangeLine line = current.get(i);
                lines.add(new ChangeLineRow(new ChangeLine(line.category(), line.year(), line.description(),
                        line.before(), line.requested(), amounts.get(i))));
            }
        }
    }

    public long getProjectId() {
        return projectId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public ChangeRequestKind getKind() {
        return kind;
    }

    public ChangeRequestStatus getStatus() {
        return status;
    }

    public List<ChangeLine> getLines() {
        return lines.stream().map(ChangeLineRow::toLine).toList();
    }

    public ProjectContact getContact() {
        return new ProjectContact(contactName, contactEmail, contactPhone);
    }

    public LocalDate getRequestedUsageEnd() {
        return requestedUsageEnd;
    }

    public LocalDate getDecidedUsageEnd() {
        return decidedUsageEnd;
    }

    public ChangeRequestSummary summary() {
        return new ChangeRequestSummary(getId(), projectId, organisationId, kind, status, justification, late,
                usageEndBefore, requestedUsageEnd, decidedUsageEnd, getLines(), getContact(), getCreatedBy(),
                getCreatedAt(), decidedBy, decidedAt, decisionJustification, getVersion());
    }
}
