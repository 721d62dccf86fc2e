package fi.avustus.funding;

import java.math.BigDecimal;

/**
 * A project's indicator as last reported: its target and the actual value reached.
 *
 * @param unit   e.g. "kpl" or "henkilöä"; indicators add up only with the same name and unit
 * @param target null when the plan set none
 * @param actual null when not yet reported
 */
public record IndicatorActual(long projectId, String name, String unit, BigDecimal target, BigDecimal actual) {
}
