package fi.avustus.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A funded project as other modules and screens see it. */
public record ProjectSummary(long id, long applicationId, long decisionId, long callId, long organisationId,
                             BigDecimal grantedAmount, LocalDate usageStart, LocalDate usageEnd) {
}
