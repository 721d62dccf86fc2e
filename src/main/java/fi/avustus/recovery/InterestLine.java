package fi.avustus.recovery;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The interest on the part of a reclaimed sum that came from one paid instalment: simple
 * interest, actual days / 365, from the day it was paid to the claim's decision date.
 *
 * @param instalment the instalment's sequence number in the project's payment plan
 * @param principal  how much of the reclaimed sum is allocated to this instalment
 */
public record InterestLine(int instalment, LocalDate paidOn, BigDecimal paidAmount, BigDecimal principal, int days,
                           BigDecimal interest) {
}
