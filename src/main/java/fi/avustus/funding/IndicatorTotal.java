package fi.avustus.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An indicator summed over projects: the targets and the actuals of every project that reports an
 * indicator of this name and unit.
 *
 * @param target null when no project set one
 * @param actual null when no project reported one
 */
public record IndicatorTotal(String name, String unit, BigDecimal target, BigDecimal actual) {

    /** How much of the target is reached, in per cent with one decimal; null without a target or actual. */
    public BigDecimal achievedPercent() {
        if (target == null || actual == null || target.signum() <= 0) {
            return null;
        }
        return actual.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
    }
}
