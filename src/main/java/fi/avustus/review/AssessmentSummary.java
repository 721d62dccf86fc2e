package fi.avustus.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A reviewer's assessment as screens and the process see it. */
public record AssessmentSummary(long id, long applicationId, long callId, String reviewer, AssessmentStatus status,
                                boolean noConflictDeclared, String conflictReason, List<CriterionScore> scores,
                                String comment, BigDecimal weightedTotal, Instant submittedAt, long version) {

    public AssessmentSummary {
        scores = List.copyOf(scores);
    }

    /** Scoring is open: assigned, no conflict declared, not yet submitted. */
    public boolean canBeScored() {
        return status == AssessmentStatus.ASSIGNED && noConflictDeclared;
    }
}
