package fi.avustus.programme;

import fi.avustus.organisation.OrganisationType;
import fi.avustus.shared.Time;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The editable fields of a call for applications; times are Helsinki wall-clock times as people type them. */
public class CallForm {

    private Long programmeId;
    private String titleFi = "";
    private String titleSv = "";
    private String titleEn = "";
    private LocalDateTime openFrom;
    private LocalDateTime openUntil;
    private BigDecimal budget;
    private BigDecimal maxGrant;
    private BigDecimal minSelfFinancingPercent;
    private boolean assessAfterClose = true;
    private Integer reviewersPerApplication = 2;
    private Set<OrganisationType> eligibleTypes = EnumSet.noneOf(OrganisationType.class);
    private List<AssessmentCriterion> criteria = new ArrayList<>();
    private long version;

    public static CallForm of(CallSummary call) {
        CallForm form = new CallForm();
        form.programmeId = call.programmeId();
        form.titleFi = orEmpty(call.title().fi());
        form.titleSv = orEmpty(call.title().sv());
        form.titleEn = orEmpty(call.title().en());
        form.openFrom = helsinki(call.openFrom());
        form.openUntil = helsinki(call.openUntil());
        form.budget = call.budget();
        form.maxGrant = call.maxGrant();
        form.minSelfFinancingPercent = call.minSelfFinancingPercent();
        form.assessAfterClose = call.assessAfterClose();
        form.reviewersPerApplication = call.reviewersPerApplication();
        form.setEligibleTypes(call.eligibleTypes());
        form.criteria = new ArrayList<>(call.criteria());
        form.version = call.version();
        return form;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static LocalDateTime helsinki(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, Time.HELSINKI);
    }

    /** A Helsinki wall-clock time as an instant; in the spring-forward gap it moves to the first valid time. */
    public static Instant instant(LocalDateTime helsinkiTime) {
        return helsinkiTime == null ? null : helsinkiTime.atZone(Time.HELSINKI).toInstant();
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public String getTitleFi() {
        return titleFi;
    }

    public void setTitleFi(String titleFi) {
        this.titleFi = titleFi;
    }

    public String getTitleSv() {
        return titleSv;
    }

    public void setTitleSv(String titleSv) {
        this.titleSv = titleSv;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public LocalDateTime getOpenFrom() {
        return openFrom;
    }

    public void setOpenFrom(LocalDateTime openFrom) {
        this.openFrom = openFrom;
    }

    public LocalDateTime getOpenUntil() {
        return openUntil;
    }

    public void setOpenUntil(LocalDateTime openUntil) {
        this.openUntil = openUntil;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public BigDecimal getMaxGrant() {
        return maxGrant;
    }

    public void setMaxGrant(BigDecimal maxGrant) {
        this.maxGrant = maxGrant;
    }

    /** Assess after the call closes (true) or on a rolling basis as applications arrive (false). */
    public boolean isAssessAfterClose() {
        return assessAfterClose;
    }

    public void setAssessAfterClose(boolean assessAfterClose) {
        this.assessAfterClose = assessAfterClose;
    }

    public Integer getReviewersPerApplication() {
        return reviewersPerApplication;
    }

    public void setReviewersPerApplication(Integer reviewersPerApplication) {
        this.reviewersPerApplication = reviewersPerApplication;
    }

    public BigDecimal getMinSelfFinancingPercent() {
        return minSelfFinancingPercent;
    }

    public void setMinSelfFinancingPercent(BigDecimal minSelfFinancingPercent) {
        this.minSelfFinancingPercent = minSelfFinancingPercent;
    }

    public Set<OrganisationType> getEligibleTypes() {
        return eligibleTypes;
    }

    public void setEligibleTypes(Set<OrganisationType> eligibleTypes) {
        this.eligibleTypes = eligibleTypes == null || eligibleTypes.isEmpty()
                ? EnumSet.noneOf(OrganisationType.class) : EnumSet.copyOf(eligibleTypes);
    }

    public List<AssessmentCriterion> getCriteria() {
        return criteria;
    }

    public void setCriteria(List<AssessmentCriterion> criteria) {
        this.criteria = criteria == null ? new ArrayList<>() : new ArrayList<>(criteria);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
