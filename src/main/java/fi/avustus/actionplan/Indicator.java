package fi.avustus.actionplan;

import java.math.BigDecimal;

/** An evaluation criterion of an action line: what is measured, in which unit, and the target value. */
public record Indicator(String name, String unit, BigDecimal target) {
}
