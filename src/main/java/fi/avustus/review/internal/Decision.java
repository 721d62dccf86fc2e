package fi.avustus.review.internal;

import fi.avustus.review.AcceptedCostLine;
import fi.avustus.review.DecisionStatus;
import fi.avustus.review.Instalment;
import fi.avustus.review.ReportingSchedule;
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

/** The decision on one application; the facade applies a validated form field by field. */
@Entity
@Audited
@Table(name = "decision")
public class Decision extends AuditedEntity {

    @Column(name = "application_id", nullable = false, unique = true)
    private long applicationId;

    @Column(name = "call_id", nullable = false)
    private long callId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(nullable = false)
    private String language;

    private boolean positive;

    @Column(name = "requested_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal requestedAmount;

    @Column(name = "granted_amount", precision = 14, scale = 2)
    private BigDecimal grantedAmount;

    @ElementCollection
    @CollectionTable(name = "decision_cost_line", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    private List<CostLine> costLines = new ArrayList<>();

    @Column(name = "usage_start")
    private LocalDate usageStart;

    @Column(name = "usage_end")
    private LocalDate usageEnd;

    @Column(length = 4000)
    private String conditions;

    @ElementCollection
    @CollectionTable(name = "decision_interim_report", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "due_date", nullable = false)
    @OrderColumn(name = "position")
    private List<LocalDate> interimReports = new ArrayList<>();

    @Column(name = "final_report_due")
    private LocalDate finalReportDue;

    /** Reporting duties other than the schedule's dates (e.g. what the reports contain); optional. */
    @Column(name = "reporting_duties", length = 4000)
    private String reportingDuties;

    @ElementCollection
    @CollectionTable(name = "decision_instalment", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    private List<InstalmentLine> instalments = new ArrayList<>();

    @Column(nullable = false, length = 4000)
    private String justification;

    @Column(nullable = false)
    private String presenter;

    @Column(name = "decision_maker")
    private String decisionMaker;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DecisionStatus status = DecisionStatus.PROPOSED;

    @Column(name = "return_comment", length = 4000)
    private String returnComment;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Decision() {
    }

    public Decision(long applicationId) {
        this.applicationId = applicationId;
    }

    /** Who proposed, and that it waits for a decision maker again; an earlier return comment stays for reference. */
    public void proposedBy(String username) {
        presenter = username;
        status = DecisionStatus.PROPOSED;
    }

    public void returnToPresenter(String comment) {
        status = DecisionStatus.RETURNED;
        returnComment = comment;
    }

    public void approve(String username, Instant at) {
        status = DecisionStatus.APPROVED;
        decisionMaker = username;
        decidedAt = at;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getCallId() {
        return callId;
    }

    public void setCallId(long callId) {
        this.callId = callId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(long organisationId) {
        this.organisationId = organisationId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isPositive() {
        return positive;
    }

    public void setPositive(boolean positive) {
        this.positive = positive;
    }

    public BigDecimal getRequestedAmount() {
        return requestedAmount;
    }

    public void setRequestedAmount(BigDecimal requestedAmount) {
        this.requestedAmount = requestedAmount;
    }

    public BigDecimal getGrantedAmount() {
        return grantedAmount;
    }

    public void setGrantedAmount(BigDecimal grantedAmount) {
        this.grantedAmount = grantedAmount;
    }

    public List<AcceptedCostLine> getCostLines() {
        return costLines.stream().map(CostLine::toAcceptedCostLine).toList();
    }

    public void setCostLines(List<AcceptedCostLine> lines) {
        costLines.clear();
        lines.forEach(line -> costLines.add(new CostLine(line)));
    }

    public ReportingSchedule getReportingSchedule() {
        return new ReportingSchedule(interimReports, finalReportDue);
    }

    public void setReportingSchedule(ReportingSchedule schedule) {
        interimReports.clear();
        interimReports.addAll(schedule.interimReports());
        finalReportDue = schedule.finalReportDue();
    }

    /** Whether a positive decision carries what its project needs: cost lines and a final report date. */
    public boolean isComplete() {
        return !positive || (!costLines.isEmpty() && finalReportDue != null);
    }

    public LocalDate getUsageStart() {
        return usageStart;
    }

    public void setUsageStart(LocalDate usageStart) {
        this.usageStart = usageStart;
    }

    public LocalDate getUsageEnd() {
        return usageEnd;
    }

    public void setUsageEnd(LocalDate usageEnd) {
        this.usageEnd = usageEnd;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public String getReportingDuties() {
        return reportingDuties;
    }

    public void setReportingDuties(String reportingDuties) {
        this.reportingDuties = reportingDuties;
    }

    public List<Instalment> getInstalments() {
        return instalments.stream().map(InstalmentLine::toInstalment).toList();
    }

    public void setInstalments(List<Instalment> plan) {
        instalments.clear();
        plan.forEach(instalment -> instalments.add(new InstalmentLine(instalment)));
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public String getPresenter() {
        return presenter;
    }

    public String getDecisionMaker() {
        return decisionMaker;
    }

    public DecisionStatus getStatus() {
        return status;
    }

    public String getReturnComment() {
        return returnComment;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
