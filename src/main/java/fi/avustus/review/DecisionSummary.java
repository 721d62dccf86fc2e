package fi.avustus.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A decision, proposed, returned or approved, as screens and the process see it. */
public record DecisionSummary(long id, long applicationId, long callId, long organisationId, String language,
                              boolean positive, BigDecimal requestedAmount, BigDecimal grantedAmount,
                              String acceptedCosts, LocalDate usageStart, LocalDate usageEnd, String conditions,
                              String reportingDuties, List<Instalment> instalments, String justification,
                              String presenter, String decisionMaker, DecisionStatus status, String returnComment,
                              Instant decidedAt, long version) {

    public DecisionSummary {
        instalments = List.copyOf(instalments);
    }
}
