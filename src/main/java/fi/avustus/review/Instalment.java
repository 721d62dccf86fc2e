package fi.avustus.review;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One payment of a granted sum: when it is due and how many euros. */
public record Instalment(LocalDate dueDate, BigDecimal amount) {
}
