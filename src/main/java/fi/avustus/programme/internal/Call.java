package fi.avustus.programme.internal;

import fi.avustus.organisation.OrganisationType;
import fi.avustus.programme.AssessmentCriterion;
import fi.avustus.programme.CallStatus;
import fi.avustus.shared.AuditedEntity;
import fi.avustus.shared.TranslatedName;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;

@Entity
@Audited
@Table(name = "call_for_applications")
public class Call extends AuditedEntity {

    @Column(name = "programme_id", nullable = false)
    private Long programmeId;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "title_fi", nullable = false)),
            @AttributeOverride(name = "sv", column = @Column(name = "title_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en"))})
    private TranslatedName title;

    @Column(name = "open_from")
    private Instant openFrom;

    @Column(name = "open_until")
    private Instant openUntil;

    @Column(precision = 14, scale = 2)
    private BigDecimal budget;

    @Column(name = "max_grant", precision = 14, scale = 2)
    private BigDecimal maxGrant;

    @Column(name = "min_self_financing_percent", precision = 5, scale = 2)
    private BigDecimal minSelfFinancingPercent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CallStatus status = CallStatus.DRAFT;

    @Column(name = "assess_after_close", nullable = false)
    private boolean assessAfterClose = true;

    @Column(name = "reviewers_per_application", nullable = false)
    private int reviewersPerApplication = 2;

    private boolean archived;

    @ElementCollection
    @CollectionTable(name = "call_eligible_type", joinColumns = @JoinColumn(name = "call_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type", nullable = false)
    private Set<OrganisationType> eligibleTypes = EnumSet.noneOf(OrganisationType.class);

    @ElementCollection
    @CollectionTable(name = "call_criterion", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    private List<AssessmentCriterion> criteria = new ArrayList<>();

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public TranslatedName getTitle() {
        return title;
    }

    public void setTitle(TranslatedName title) {
        this.title = title;
    }

    public Instant getOpenFrom() {
        return openFrom;
    }

    public void setOpenFrom(Instant openFrom) {
        this.openFrom = openFrom;
    }

    public Instant getOpenUntil() {
        return openUntil;
    }

    public void setOpenUntil(Instant openUntil) {
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

    public BigDecimal getMinSelfFinancingPercent() {
        return minSelfFinancingPercent;
    }

    public void setMinSelfFinancingPercent(BigDecimal minSelfFinancingPercent) {
        this.minSelfFinancingPercent = minSelfFinancingPercent;
    }

    public boolean isAssessAfterClose() {
        return assessAfterClose;
    }

    public void setAssessAfterClose(boolean assessAfterClose) {
        this.assessAfterClose = assessAfterClose;
    }

    public int getReviewersPerApplication() {
        return reviewersPerApplication;
    }

    public void setReviewersPerApplication(int reviewersPerApplication) {
        this.reviewersPerApplication = reviewersPerApplication;
    }

    public CallStatus getStatus() {
        return status;
    }

    public void setStatus(CallStatus status) {
        this.status = status;
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    public Set<OrganisationType> getEligibleTypes() {
        return eligibleTypes;
    }

    public void setEligibleTypes(Set<OrganisationType> eligibleTypes) {
        this.eligibleTypes.clear();
        this.eligibleTypes.addAll(eligibleTypes);
    }

    public List<AssessmentCriterion> getCriteria() {
        return criteria;
    }

    public void setCriteria(List<AssessmentCriterion> criteria) {
        this.criteria.clear();
        this.criteria.addAll(criteria);
    }
}
