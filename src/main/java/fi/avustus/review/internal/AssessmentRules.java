package fi.avustus.review.internal;

import fi.avustus.review.AssessmentForm;
import fi.avustus.review.CriterionScore;
import fi.avustus.review.WeightedScore;
import fi.avustus.shared.Validator;
import java.util.ArrayList;
import java.util.List;

/** What a submitted assessment must satisfy. Pure, so each rule is unit-tested on its own. */
public final class AssessmentRules {

    /** Field name of the score of criterion {@code i} (0-based), as forms register it. */
    public static String scoreField(int index) {
        return "scores." + index;
    }

    private AssessmentRules() {
    }

    /** Every criterion scored 0–5 and a comment that says why. */
    public static Validator submit(List<CriterionScore> criteria, AssessmentForm form, Validator validator) {
        List<Integer> scores = form.getScores() == null ? List.of() : form.getScores();
        for (int i = 0; i < criteria.size(); i++) {
            Integer score = i < scores.size() ? scores.get(i) : null;
            if (score == null) {
                validator.reject(scoreField(i), "assessment.score.missing", criteria.get(i).nameFi());
            } else {
                validator.check(WeightedScore.inRange(score), scoreField(i), "assessment.score.range",
                        WeightedScore.MIN, WeightedScore.MAX);
            }
        }
        validator.check(scores.size() <= criteria.size(), "scores", "assessment.score.tooMany", criteria.size());
        return validator.requiredText("comment", form.getComment(), Validator.TEXT_MAX);
    }

    /** The criteria with the form's scores filled in; call after {@link #submit} passed. */
    public static List<CriterionScore> scored(List<CriterionScore> criteria, AssessmentForm form) {
        List<CriterionScore> scored = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            scored.add(criteria.get(i).withScore(form.getScores().get(i)));
        }
        return scored;
    }
}
