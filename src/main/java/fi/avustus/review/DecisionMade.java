package fi.avustus.review;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A decision maker approved a decision; a positive one creates the funded project.
 *
 * @param grantedAmount euros granted, zero for a negative decision
 */
public record DecisionMade(long decisionId, long applicationId, boolean positive, BigDecimal grantedAmount,
                           LocalDate usageStart, LocalDate usageEnd) {
}
