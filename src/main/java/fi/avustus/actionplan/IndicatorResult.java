package fi.avustus.actionplan;

import java.math.BigDecimal;

/** An indicator of the approved plan with the value actually reached. */
public record IndicatorResult(String name, String unit, BigDecimal target, BigDecimal actual) {

    /** Whether the target was reached; false while no actual value is given. */
    public boolean reached() {
        return actual != null && target != null && actual.compareTo(target) >= 0;
    }
}
