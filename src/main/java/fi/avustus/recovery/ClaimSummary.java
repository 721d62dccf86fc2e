package fi.avustus.recovery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A recovery claim as screens, the reporting process and the deadline registry see it.
 *
 * @param reference     the Finnish reference number the recipient pays with
 * @param language      of the letter, {@code fi} or {@code sv}
 * @param total         principal + interest, as the letter states it
 * @param reduced       waived by reductions so far
 * @param paid          paid so far
 * @param outstanding   total − reduced − paid
 * @param interestLines how the interest was worked out, earliest payment first
 * @param version       for paying or reducing exactly what the viewer saw
 */
public record ClaimSummary(long id, long projectId, long organisationId, String reference, String language,
                           LocalDate decisionDate, LocalDate dueDate, BigDecimal principal, BigDecimal interestPercent,
                           BigDecimal interest, BigDecimal total, BigDecimal reduced, BigDecimal paid,
                           BigDecimal outstanding, ClaimStatus status, String reductionJustification,
                           List<InterestLine> interestLines, long version) {

    public ClaimSummary {
        interestLines = List.copyOf(interestLines);
    }
}
