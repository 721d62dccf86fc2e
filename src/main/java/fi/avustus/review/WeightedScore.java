package fi.avustus.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The arithmetic of scores, in one place for the server and the live totals on screen: the
 * weighted total of one assessment (Σ score × weight / 100, on the same 0–5 scale as the scores
 * because a call's weights add up to 100) and the average over several assessments.
 */
public final class WeightedScore {

    public static final int MIN = 0;
    public static final int MAX = 5;
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private WeightedScore() {
    }

    /** The weighted total with two decimals; criteria not yet scored count as zero. */
    public static BigDecimal total(List<CriterionScore> scores) {
        long sum = scores.stream().filter(score -> score.score() != null)
                .mapToLong(score -> (long) score.score() * score.weight()).sum();
        return BigDecimal.valueOf(sum).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /** The average of weighted totals with two decimals, or null when there are none. */
    public static BigDecimal average(Collection<BigDecimal> totals) {
        List<BigDecimal> present = totals.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return null;
        }
        BigDecimal sum = present.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(present.size()), 2, RoundingMode.HALF_UP);
    }

    public static boolean inRange(Integer score) {
        return score != null && score >= MIN && score <= MAX;
    }
}
