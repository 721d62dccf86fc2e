package fi.avustus.recovery.internal;

import fi.avustus.recovery.ClaimSummary;
import java.math.BigDecimal;

/**
 * Everything a recovery letter says: the claim (its amounts, interest lines, due date, reference
 * and language) and the names around it, already resolved in the letter's language.
 */
public record RecoveryLetterContent(ClaimSummary claim, String funderName, String recipientName,
                                    String recipientBusinessId, String programmeName, String callTitle,
                                    long applicationId, long grantDecisionId, BigDecimal granted, BigDecimal paid,
                                    BigDecimal acceptedCosts) {
}
