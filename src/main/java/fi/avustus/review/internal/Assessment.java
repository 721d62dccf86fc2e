package fi.avustus.review.internal;

import fi.avustus.review.AssessmentStatus;
import fi.avustus.review.CriterionScore;
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
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;

@Entity
@Audited
@Table(name = "assessment")
public class Assessment extends AuditedEntity {

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "call_id", nullable = false)
    private long callId;

    @Column(nullable = false)
    private String reviewer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssessmentStatus status = AssessmentStatus.ASSIGNED;

    @Column(name = "no_conflict_declared", nullable = false)
    private boolean noConflictDeclared;

    @Column(name = "conflict_reason", length = 4000)
    private String conflictReason;

    @ElementCollection
    @CollectionTable(name = "assessment_score", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<ScoreLine> scores = new ArrayList<>();

    @Column(length = 4000)
    private String comment;

    @Column(name = "weighted_total", precision = 5, scale = 2)
    private BigDecimal weightedTotal;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected Assessment() {
    }

    public Assessment(long applicationId, long callId, String reviewer, List<CriterionScore> criteria) {
        this.applicationId = applicationId;
        this.callId = callId;
        this.reviewer = reviewer;
        criteria.forEach(criterion -> scores.add(new ScoreLine(criterion.withScore(null))));
    }

    public void declareNoConflict() {
        noConflictDeclared = true;
    }

    public void declareConflict(String reason) {
        status = AssessmentStatus.CONFLICT_DECLARED;
        noConflictDeclared = false;
        conflictReason = reason;
    }

    public void submit(List<CriterionScore> scored, String submittedComment, BigDecimal total, Instant at) {
        scores.clear();
        scored.forEach(score -> scores.add(new ScoreLine(score)));
        comment = submittedComment;
        weightedTotal = total;
        submittedAt = at;
        status = AssessmentStatus.SUBMITTED;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getCallId() {
        return callId;
    }

    public String getReviewer() {
        return reviewer;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public boolean isNoConflictDeclared() {
        return noConflictDeclared;
    }

    public String getConflictReason() {
        return conflictReason;
    }

    public List<CriterionScore> getScores() {
        return scores.stream().map(ScoreLine::toScore).toList();
    }

    public String getComment() {
        return comment;
    }

    public BigDecimal getWeightedTotal() {
        return weightedTotal;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
