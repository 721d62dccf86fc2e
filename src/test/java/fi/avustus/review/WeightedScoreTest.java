package fi.avustus.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightedScoreTest {

    private static CriterionScore score(int weight, Integer score) {
        return new CriterionScore("K", "K", "C", weight, score);
    }

    @Test
    void theTotalWeighsEachScoreOnTheSameZeroToFiveScale() {
        assertThat(WeightedScore.total(List.of(score(70, 4), score(30, 5)))).isEqualByComparingTo("4.30");
        assertThat(WeightedScore.total(List.of(score(50, 5), score(50, 5)))).isEqualByComparingTo("5.00");
        assertThat(WeightedScore.total(List.of(score(100, 0)))).isEqualByComparingTo("0.00");
    }

    @Test
    void theTotalHasTwoDecimalsRoundedHalfUp() {
        // 3 × 33 + 4 × 33 + 5 × 34 = 401 → 4.01; 1 × 33 + 0 + 0 = 0.33
        assertThat(WeightedScore.total(List.of(score(33, 3), score(33, 4), score(34, 5)))).isEqualTo(new BigDecimal("4.01"));
        assertThat(WeightedScore.total(List.of(score(33, 1), score(67, 0)))).isEqualTo(new BigDecimal("0.33"));
        assertThat(WeightedScore.total(List.of(score(35, 1), score(65, 0)))).isEqualTo(new BigDecimal("0.35"));
    }

    @Test
    void unscoredCriteriaCountAsZeroWhileTyping() {
        assertThat(WeightedScore.total(List.of(score(60, 5), score(40, null)))).isEqualByComparingTo("3.00");
        assertThat(WeightedScore.total(List.of())).isEqualByComparingTo("0");
    }

    @Test
    void theAverageIgnoresMissingTotals() {
        assertThat(WeightedScore.average(Arrays.asList(new BigDecimal("4.30"), null, new BigDecimal("3.00"))))
                .isEqualTo(new BigDecimal("3.65"));
        assertThat(WeightedScore.average(List.of(new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("2"))))
                .isEqualTo(new BigDecimal("1.67"));
        assertThat(WeightedScore.average(List.of())).isNull();
    }

    @Test
    void scoresRunFromZeroToFive() {
        assertThat(WeightedScore.inRange(0)).isTrue();
        assertThat(WeightedScore.inRange(5)).isTrue();
        assertThat(WeightedScore.inRange(6)).isFalse();
        assertThat(WeightedScore.inRange(-1)).isFalse();
        assertThat(WeightedScore.inRange(null)).isFalse();
    }
}
