package fi.avustus.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.review.AssessmentForm;
import fi.avustus.review.CriterionScore;
import fi.avustus.shared.Validator;
import fi.avustus.shared.ValidationFailedException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentRulesTest {

    private static final List<CriterionScore> CRITERIA = List.of(new CriterionScore("Vaikuttavuus", null, null, 70, null),
            new CriterionScore("Kustannukset", null, null, 30, null));

    private static List<String> violations(List<Integer> scores, String comment) {
        AssessmentForm form = new AssessmentForm();
        form.setScores(scores);
        form.setComment(comment);
        Validator validator = AssessmentRules.submit(CRITERIA, form, new Validator());
        try {
            validator.throwIfInvalid();
            return List.of();
        } catch (ValidationFailedException invalid) {
            return invalid.violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
        }
    }

    @Test
    void everyCriterionScoredWithinZeroToFiveAndACommentPass() {
        assertThat(violations(List.of(0, 5), "Hyvä suunnitelma")).isEmpty();
    }

    @Test
    void eachMissingOrOutOfRangeScoreIsReportedOnItsOwnField() {
        assertThat(violations(Arrays.asList(null, 6), " ")).containsExactly("scores.0:assessment.score.missing",
                "scores.1:assessment.score.range", "comment:validation.required");
        assertThat(violations(List.of(3), "x")).containsExactly("scores.1:assessment.score.missing");
        assertThat(violations(List.of(-1, 2, 3), "x")).containsExactly("scores.0:assessment.score.range",
                "scores:assessment.score.tooMany");
    }

    @Test
    void theScoredCriteriaKeepTheirWeights() {
        AssessmentForm form = new AssessmentForm();
        form.setScores(List.of(4, 2));
        assertThat(AssessmentRules.scored(CRITERIA, form)).extracting(CriterionScore::weight, CriterionScore::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(70, 4), org.assertj.core.groups.Tuple.tuple(30, 2));
    }
}
