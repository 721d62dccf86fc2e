package fi.avustus.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The editable fields of a funding programme. */
public class ProgrammeForm {

    private Long funderId;
    private String nameFi = "";
    private String nameSv = "";
    private String nameEn = "";
    private String descriptionFi = "";
    private String descriptionSv = "";
    private String descriptionEn = "";
    private BigDecimal totalBudget;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private List<String> themes = new ArrayList<>();
    private Integer interimReportsPerYear = 1;
    private String reminderDaysBefore = "30,7";
    private Integer escalationDaysAfter = 7;
    private Integer changeThresholdPercent = FundingRules.DEFAULT.changeThresholdPercent();
    private BigDecimal recoveryThreshold = FundingRules.DEFAULT.recoveryThreshold();
    private BigDecimal referenceRatePercent = FundingRules.DEFAULT.referenceRatePercent();
    private long version;

    public static ProgrammeForm of(ProgrammeSummary programme) {
        ProgrammeForm form = new ProgrammeForm();
        form.funderId = programme.funderId();
        form.nameFi = orEmpty(programme.name().fi());
        form.nameSv = orEmpty(programme.name().sv());
        form.nameEn = orEmpty(programme.name().en());
        form.descriptionFi = orEmpty(programme.description().fi());
        form.descriptionSv = orEmpty(programme.description().sv());
        form.descriptionEn = orEmpty(programme.description().en());
        form.totalBudget = programme.totalBudget();
        form.periodStart = programme.periodStart();
        form.periodEnd = programme.periodEnd();
        form.themes = new ArrayList<>(programme.themes());
        form.interimReportsPerYear = programme.interimReportsPerYear();
        form.reminderDaysBefore = programme.reminderDaysBefore();
        form.escalationDaysAfter = programme.escalationDaysAfter();
        form.changeThresholdPercent = programme.fundingRules().changeThresholdPercent();
        form.recoveryThreshold = programme.fundingRules().recoveryThreshold();
        form.referenceRatePercent = programme.fundingRules().referenceRatePercent();
        form.version = programme.version();
        return form;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Themes typed as comma-separated text: blanks dropped, each trimmed, order kept. */
    public static List<String> splitThemes(String text) {
        if (text == null) {
            return new ArrayList<>();
        }
        return new ArrayList<>(Arrays.stream(text.split(",")).map(String::strip).filter(theme -> !theme.isEmpty())
                .distinct().toList());
    }

    public static String joinThemes(List<String> themes) {
        return themes == null ? "" : String.join(", ", themes);
    }

    public Long getFunderId() {
        return funderId;
    }

    public void setFunderId(Long funderId) {
        this.funderId = funderId;
    }

    public String getNameFi() {
        return nameFi;
    }

    public void setNameFi(String nameFi) {
        this.nameFi = nameFi;
    }

    public String getNameSv() {
        return nameSv;
    }

    public void setNameSv(String nameSv) {
        this.nameSv = nameSv;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getDescriptionFi() {
        return descriptionFi;
    }

    public void setDescriptionFi(String descriptionFi) {
        this.descriptionFi = descriptionFi;
    }

    public String getDescriptionSv() {
        return descriptionSv;
    }

    public void setDescriptionSv(String descriptionSv) {
        this.descriptionSv = descriptionSv;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
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

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes == null ? new ArrayList<>() : new ArrayList<>(themes);
    }

    public Integer getInterimReportsPerYear() {
        return interimReportsPerYear;
    }

    public void setInterimReportsPerYear(Integer interimReportsPerYear) {
        this.interimReportsPerYear = interimReportsPerYear;
    }

    public String getReminderDaysBefore() {
        return reminderDaysBefore;
    }

    public void setReminderDaysBefore(String reminderDaysBefore) {
        this.reminderDaysBefore = reminderDaysBefore;
    }

    public Integer getEscalationDaysAfter() {
        return escalationDaysAfter;
    }

    public void setEscalationDaysAfter(Integer escalationDaysAfter) {
        this.escalationDaysAfter = escalationDaysAfter;
    }

    public Integer getChangeThresholdPercent() {
        return changeThresholdPercent;
    }

    public void setChangeThresholdPercent(Integer changeThresholdPercent) {
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

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
