package fi.avustus.review;

import java.math.BigDecimal;

/**
 * How far the assessment of one application has come: reviewers counted without those who
 * declared a conflict; the average weighted total of the submitted ones (null when hidden
 * from the asker or when none is in yet).
 */
public record ScoreSummary(int assigned, int submitted, int conflicts, BigDecimal averageWeightedTotal) {

    public boolean allSubmitted() {
        return assigned > 0 && submitted == assigned;
    }
}
