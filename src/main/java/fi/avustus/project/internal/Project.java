package fi.avustus.project.internal;

import fi.avustus.project.ProjectBudgetLine;
import fi.avustus.project.ProjectContact;
import fi.avustus.project.ProjectStatus;
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
 * A grant in use: created once per positive decision, with the decision's accepted budget and
 * report due dates. They are copies, not references: a change request changes the project's
 * budget, deadlines and contact person, never the decision. The name and the contact person are
 * copied from the application when the project is created, for the same reason.
 */
@Entity
@Audited
@Table(name = "project")
public class Project extends AuditedEntity {

    @Column(name = "application_id", nullable = false, unique = true)
    private long applicationId;

    @Column(name = "decision_id", nullable = false)
    private long decisionId;

    @Column(name = "call_id", nullable = false)
    private long callId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "granted_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal grantedAmount;

    @Column(name = "usage_start", nullable = false)
    private LocalDate usageStart;

    @Column(name = "usage_end", nullable = false)
    private LocalDate usageEnd;

    @ElementCollection
    @CollectionTable(name = "project_budget_line", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<BudgetLineRow> budgetLines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_interim_report", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "due_date", nullable = false)
    @OrderColumn(name = "position")
    private List<LocalDate> interimReportsDue = new ArrayList<>();

    @Column(name = "final_report_due")
    private LocalDate finalReportDue;

    @Column(name = "project_name")
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectStatus status = ProjectStatus.OPEN;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    protected Project() {
    }

    public Project(long applicationId, long decisionId, long callId, long organisationId, BigDecimal grantedAmount,
                   LocalDate usageStart, LocalDate usageEnd) {
        this.applicationId = applicationId;
        this.decisionId = decisionId;
        this.callId = callId;
        this.organisationId = organisationId;
        this.grantedAmount = grantedAmount;
        this.usageStart = usageStart;
        this.usageEnd = usageEnd;
    }

    public void setBudget(List<ProjectBudgetLine> lines) {
        budgetLines.clear();
        lines.forEach(line -> budgetLines.add(new BudgetLineRow(line)));
    }

    public void setReportsDue(List<LocalDate> interimReports, LocalDate finalReport) {
        interimReportsDue.clear();
        interimReportsDue.addAll(interimReports);
        finalReportDue = finalReport;
    }

    /** Changes the amounts only: the lines' categories, years and descriptions are the decision's. */
    public void setAmounts(List<BigDecimal> amounts) {
        for (int i = 0; i < budgetLines.size(); i++) {
            budgetLines.set(i, budgetLines.get(i).withAmount(amounts.get(i)));
        }
    }

    public void setUsageEnd(LocalDate usageEnd) {
        this.usageEnd = usageEnd;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setContact(ProjectContact contact) {
        this.contactName = contact.name();
        this.contactEmail = contact.email();
        this.contactPhone = contact.phone();
    }

    public void close(Instant at) {
        status = ProjectStatus.CLOSED;
        closedAt = at;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getDecisionId() {
        return decisionId;
    }

    public long getCallId() {
        return callId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public BigDecimal getGrantedAmount() {
        return grantedAmount;
    }

    public LocalDate getUsageStart() {
        return usageStart;
    }

    public LocalDate getUsageEnd() {
        return usageEnd;
    }

    public List<ProjectBudgetLine> getBudgetLines() {
        return budgetLines.stream().map(BudgetLineRow::toBudgetLine).toList();
    }

    public List<LocalDate> getInterimReportsDue() {
        return List.copyOf(interimReportsDue);
    }

    public LocalDate getFinalReportDue() {
        return finalReportDue;
    }

    public String getName() {
        return name;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public ProjectContact getContact() {
        return new ProjectContact(contactName, contactEmail, contactPhone);
    }
}
