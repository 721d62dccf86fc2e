package fi.avustus.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One instalment of a project's grant as screens and the payment file see it.
 *
 * @param sequence  1 for the first instalment of the project's plan
 * @param reference the Finnish reference number (viitenumero) the finance system pays with
 * @param version   for approving or paying exactly what the viewer saw
 */
public record PaymentSummary(long id, long projectId, long organisationId, int sequence, LocalDate dueDate,
                             BigDecimal amount, PaymentStatus status, String reference, String approvedBy,
                             Instant approvedAt, String paidBy, Instant paidAt, long version) {
}
