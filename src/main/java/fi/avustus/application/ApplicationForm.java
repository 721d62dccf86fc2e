package fi.avustus.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The applicant's editable content of an application, with the version it was read at. */
public class ApplicationForm {

    private String projectName = "";
    private String summary = "";
    private String contactName = "";
    private String contactEmail = "";
    private String contactPhone = "";
    private BigDecimal selfFinancing;
    private List<Partner> partners = new ArrayList<>();
    private List<String> objectives = new ArrayList<>();
    private List<Activity> activities = new ArrayList<>();
    private List<BudgetLine> budgetLines = new ArrayList<>();
    private long version;

    public BudgetTotals totals() {
        return BudgetTotals.of(budgetLines, selfFinancing, partners);
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

    public List<Partner> getPartners() {
        return partners;
    }

    public void setPartners(List<Partner> partners) {
        this.partners = new ArrayList<>(partners == null ? List.of() : partners);
    }

    public List<String> getObjectives() {
        return objectives;
    }

    public void setObjectives(List<String> objectives) {
        this.objectives = new ArrayList<>(objectives == null ? List.of() : objectives);
    }

    public List<Activity> getActivities() {
        return activities;
    }

    public void setActivities(List<Activity> activities) {
        this.activities = new ArrayList<>(activities == null ? List.of() : activities);
    }

    public List<BudgetLine> getBudgetLines() {
        return budgetLines;
    }

    public void setBudgetLines(List<BudgetLine> budgetLines) {
        this.budgetLines = new ArrayList<>(budgetLines == null ? List.of() : budgetLines);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
