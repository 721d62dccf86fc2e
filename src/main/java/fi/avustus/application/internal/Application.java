package fi.avustus.application.internal;

import fi.avustus.application.Activity;
import fi.avustus.application.ApplicationStatus;
import fi.avustus.application.BudgetLine;
import fi.avustus.application.Partner;
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
 * A grant application as the applicant edits it. Submitted content is frozen separately in
 * {@link ApplicationVersion}; this row keeps the latest content and where the case stands.
 * Plain accessors without logic: the facade and the rule classes decide what may change.
 */
@Entity
@Audited
@Table(name = "application")
public class Application extends AuditedEntity {

    @Column(name = "call_id", nullable = false, updatable = false)
    private Long callId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status = ApplicationStatus.DRAFT;

    @Column(name = "project_name")
    private String projectName;

    @Column(length = 4000)
    private String summary;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "self_financing", precision = 14, scale = 2)
    private BigDecimal selfFinancing;

    @Column(name = "submitted_version", nullable = false)
    private int submittedVersion;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "last_submitted_at")
    private Instant lastSubmittedAt;

    @Column(name = "completion_message", length = 4000)
    private String completionMessage;

    @Column(name = "completion_deadline")
    private LocalDate completionDeadline;

    @Column(name = "withdrawal_reason", length = 4000)
    private String withdrawalReason;

    @ElementCollection
    @CollectionTable(name = "application_partner", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<Partner> partners = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_objective", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    @Column(name = "objective", nullable = false, length = 1000)
    private List<String> objectives = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_activity", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<Activity> activities = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_budget_line", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<BudgetLine> budgetLines = new ArrayList<>();

    protected Application() {
    }

    public Application(long callId, long organisationId) {
        this.callId = callId;
        this.organisationId = organisationId;
    }

    private static <T> void replace(List<T> target, List<T> values) {
        target.clear();
        target.addAll(values);
    }

    public Long getCallId() {
        return callId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    public String getProjectName() {
        return projectName;
    }

    public void setProjectName(String projectName) {
        this.projectName = projectName;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public BigDecimal getSelfFinancing() {
        return selfFinancing;
    }

    public void setSelfFinancing(BigDecimal selfFinancing) {
        this.selfFinancing = selfFinancing;
    }

    public int getSubmittedVersion() {
        return submittedVersion;
    }

    public void setSubmittedVersion(int submittedVersion) {
        this.submittedVersion = submittedVersion;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public void setSubmittedAt(Instant submittedAt) {
        this.submittedAt = submittedAt;
    }

    public Instant getLastSubmittedAt() {
        return lastSubmittedAt;
    }

    public void setLastSubmittedAt(Instant lastSubmittedAt) {
        this.lastSubmittedAt = lastSubmittedAt;
    }

    public String getCompletionMessage() {
        return completionMessage;
    }

    public void setCompletionMessage(String completionMessage) {
        this.completionMessage = completionMessage;
    }

    public LocalDate getCompletionDeadline() {
        return completionDeadline;
    }

    public void setCompletionDeadline(LocalDate completionDeadline) {
        this.completionDeadline = completionDeadline;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public void setWithdrawalReason(String withdrawalReason) {
        this.withdrawalReason = withdrawalReason;
    }

    public List<Partner> getPartners() {
        return partners;
    }

    public void setPartners(List<Partner> partners) {
        replace(this.partners, partners);
    }

    public List<String> getObjectives() {
        return objectives;
    }

    public void setObjectives(List<String> objectives) {
        replace(this.objectives, objectives);
    }

    public List<Activity> getActivities() {
        return activities;
    }

    public void setActivities(List<Activity> activities) {
        replace(this.activities, activities);
    }

    public List<BudgetLine> getBudgetLines() {
        return budgetLines;
    }

    public void setBudgetLines(List<BudgetLine> budgetLines) {
        replace(this.budgetLines, budgetLines);
    }
}
