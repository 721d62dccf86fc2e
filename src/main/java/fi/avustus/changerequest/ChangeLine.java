package fi.avustus.changerequest;

import java.math.BigDecimal;

/**
 * One accepted budget line in a reallocation: its amount when the request was filed, the amount
 * asked for, and the amount decided (null until decided, and on a rejection).
 */
public record ChangeLine(String category, int year, String description, BigDecimal before, BigDecimal requested,
                         BigDecimal decided) {

    /** How much the request moves this line, up or down. */
    public BigDecimal requestedShift() {
        return requested.subtract(before).abs();
    }
}
