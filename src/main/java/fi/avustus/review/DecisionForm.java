package fi.avustus.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A presenter's decision proposal. The application's identity (application, call, applicant
 * organisation, requested sum) and its applied cost lines come from the application module
 * through the process; the rest is what the presenter writes. {@code reportingDuties} is
 * optional free text for duties beyond the dates of the schedule (e.g. what the reports contain).
 */
public class DecisionForm {

    private Long applicationId;
    private Long callId;
    private Long organisationId;
    private BigDecimal requestedAmount;
    private String language = "fi";
    private Boolean positive;
    private BigDecimal grantedAmount;
    private List<AcceptedCostLine> costLines = new ArrayList<>();
    private LocalDate usageStart;
    private LocalDate usageEnd;
    private String conditions = "";
    private List<LocalDate> interimReports = new ArrayList<>();
    private LocalDate finalReportDue;
    private String reportingDuties = "";
    private List<Instalment> instalments = new ArrayList<>();
    private String justification = "";
    private long version;

    public static DecisionForm of(DecisionSummary decision) {
        DecisionForm form = new DecisionForm();
        form.applicationId = decision.applicationId();
        form.callId = decision.callId();
        form.organisationId = decision.organisationId();
        form.requestedAmount = decision.requestedAmount();
        form.language = decision.language();
        form.positive = decision.positive();
        form.grantedAmount = decision.grantedAmount();
        form.costLines = new ArrayList<>(decision.costLines());
        form.usageStart = decision.usageStart();
        form.usageEnd = decision.usageEnd();
        form.conditions = nullToEmpty(decision.conditions());
        form.interimReports = new ArrayList<>(decision.reportingSchedule().interimReports());
        form.finalReportDue = decision.reportingSchedule().finalReportDue();
        form.reportingDuties = nullToEmpty(decision.reportingDuties());
        form.instalments = new ArrayList<>(decision.instalments());
        form.justification = nullToEmpty(decision.justification());
        form.version = decision.version();
        return form;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public BigDecimal getRequestedAmount() {
        return requestedAmount;
    }

    public void setRequestedAmount(BigDecimal requestedAmount) {
        this.requestedAmount = requestedAmount;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Boolean getPositive() {
        return positive;
    }

    public void setPositive(Boolean positive) {
        this.positive = positive;
    }

    public BigDecimal getGrantedAmount() {
        return grantedAmount;
    }

    public void setGrantedAmount(BigDecimal grantedAmount) {
        this.grantedAmount = grantedAmount;
    }

    public List<AcceptedCostLine> getCostLines() {
        return costLines;
    }

    public void setCostLines(List<AcceptedCostLine> costLines) {
        this.costLines = new ArrayList<>(costLines == null ? List.of() : costLines);
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

    /** Interim report due dates as typed: may hold blanks and any order until the rules refuse them. */
    public List<LocalDate> getInterimReports() {
        return interimReports;
    }

    public void setInterimReports(List<LocalDate> interimReports) {
        this.interimReports = new ArrayList<>(interimReports == null ? List.of() : interimReports);
    }

    public LocalDate getFinalReportDue() {
        return finalReportDue;
    }

    public void setFinalReportDue(LocalDate finalReportDue) {
        this.finalReportDue = finalReportDue;
    }

    public String getReportingDuties() {
        return reportingDuties;
    }

    public void setReportingDuties(String reportingDuties) {
        this.reportingDuties = reportingDuties;
    }

    public List<Instalment> getInstalments() {
        return instalments;
    }

    public void setInstalments(List<Instalment> instalments) {
        this.instalments = new ArrayList<>(instalments);
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
