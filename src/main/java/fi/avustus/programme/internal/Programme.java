package fi.avustus.programme.internal;

import fi.avustus.shared.AuditedEntity;
import fi.avustus.shared.TranslatedName;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;

@Entity
@Audited
@Table(name = "programme")
public class Programme extends AuditedEntity {

    @Column(name = "funder_id", nullable = false)
    private Long funderId;

    @Embedded
    private TranslatedName name;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "description_fi", length = 4000)),
            @AttributeOverride(name = "sv", column = @Column(name = "description_sv", length = 4000)),
            @AttributeOverride(name = "en", column = @Column(name = "description_en", length = 4000))})
    private TranslatedName description;

    @Column(name = "total_budget", nullable = false, precision = 14, scale = 2)
    private BigDecimal totalBudget;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "interim_reports_per_year", nullable = false)
    private int interimReportsPerYear = 1;

    @Column(name = "reminder_days_before", nullable = false)
    private String reminderDaysBefore = "30,7";

    @Column(name = "escalation_days_after", nullable = false)
    private int escalationDaysAfter = 7;

    @Column(name = "change_threshold_percent", nullable = false)
    private int changeThresholdPercent = 20;

    @Column(name = "recovery_threshold", nullable = false, precision = 14, scale = 2)
    private BigDecimal recoveryThreshold = new BigDecimal("100.00");

    @Column(name = "reference_rate_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal referenceRatePercent = new BigDecimal("2.00");

    private boolean archived;

    @ElementCollection
    @CollectionTable(name = "programme_theme", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    @Column(name = "theme", nullable = false)
    private List<String> themes = new ArrayList<>();

    public Long getFunderId() {
        return funderId;
    }

    public void setFunderId(Long funderId) {
        this.funderId = funderId;
    }

    public TranslatedName getName() {
        return name;
    }

    public void setName(TranslatedName name) {
        this.name = name;
    }

    public TranslatedName getDescription() {
        return description;
    }

    public void setDescription(TranslatedName description) {
        this.description = description;
    }

    public BigDecimal getTotalBudget() {
        return totalBudget;
    }

    public void setTotalBudget(BigDecimal totalBudget) {
        this.totalBudget = totalBudget;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public int getInterimReportsPerYear() {
        return interimReportsPerYear;
    }

    public void setInterimReportsPerYear(int interimReportsPerYear) {
        this.interimReportsPerYear = interimReportsPerYear;
    }

    public String getReminderDaysBefore() {
        return reminderDaysBefore;
    }

    public void setReminderDaysBefore(String reminderDaysBefore) {
        this.reminderDaysBefore = reminderDaysBefore;
    }

    public int getEscalationDaysAfter() {
        return escalationDaysAfter;
    }

    public void setEscalationDaysAfter(int escalationDaysAfter) {
        this.escalationDaysAfter = escalationDaysAfter;
    }

    public int getChangeThresholdPercent() {
        return changeThresholdPercent;
    }

    public void setChangeThresholdPercent(int changeThresholdPercent) {
        this.changeThresholdPercent = changeThresholdPercent;
    }

    public BigDecimal getRecoveryThreshold() {
        return recoveryThreshold;
    }

    public void setRecoveryThreshold(BigDecimal recoveryThreshold) {
        this.recoveryThreshold = recoveryThreshold;
    }

    public BigDecimal getReferenceRatePercent() {
        return referenceRatePercent;
    }

    public void setReferenceRatePercent(BigDecimal referenceRatePercent) {
        this.referenceRatePercent = referenceRatePercent;
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes.clear();
        this.themes.addAll(themes);
    }
}
