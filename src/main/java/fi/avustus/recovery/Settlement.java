package fi.avustus.recovery;

import java.math.BigDecimal;

/**
 * How a project's grant was settled at its end: what was paid, what the final report's accepted
 * eligible costs leave unused, and whether that sum is reclaimed.
 *
 * @param unused    paid − accepted costs, never below zero
 * @param reclaimed false when the unused sum is at or below the programme's recovery threshold
 * @param claimId   the recovery claim, null when nothing is reclaimed
 */
public record Settlement(long projectId, BigDecimal paid, BigDecimal acceptedCosts, BigDecimal unused,
                         boolean reclaimed, Long claimId) {
}
