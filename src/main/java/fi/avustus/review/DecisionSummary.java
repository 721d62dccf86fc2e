package fi.avustus.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A decision, proposed, returned or approved, as screens, the process and the funded project see
 * it. A refusal has no cost lines and an empty schedule.
 *
 * @param reportingDuties other reporting duties than the schedule's dates, free text, may be null
 */
public record DecisionSummary(long id, long applicationId, long callId, long organisationId, String language,
                              boolean positive, BigDecimal requestedAmount, BigDecimal grantedAmount,
                              List<AcceptedCostLine> costLines, LocalDate usageStart, LocalDate usageEnd,
                              String conditions, ReportingSchedule reportingSchedule, String reportingDuties,
                              List<Instalment> instalments, String justification, String presenter,
                              String decisionMaker, DecisionStatus status, String returnComment, Instant decidedAt,
                              long version) {

    public DecisionSummary {
        costLines = List.copyOf(costLines);
        instalments = List.copyOf(instalments);
    }

    public CostTotals costTotals() {
        return CostTotals.of(costLines);
    }
}
