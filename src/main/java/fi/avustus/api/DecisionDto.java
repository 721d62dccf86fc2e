package fi.avustus.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.avustus.review.DecisionStatus;
import fi.avustus.review.DecisionSummary;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A decision on an application: granted or refused, how much, for which period, on what conditions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Decision", description = "The decision on an application.")
public record DecisionDto(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
        @Schema(description = "Whether a grant was given.", requiredMode = Schema.RequiredMode.REQUIRED) boolean positive,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) DecisionStatus status,
        @Schema(description = "When the decision maker approved it.") Instant decidedAt,
        @Schema(description = "The sum applied for, in euros.") BigDecimal requestedAmount,
        @Schema(description = "The sum granted, in euros.") BigDecimal grantedAmount,
        @Schema(description = "The first day of the usage period.") LocalDate usageStart,
        @Schema(description = "The last day of the usage period.") LocalDate usageEnd,
        String conditions,
        @Schema(description = "The due dates of the interim reports.", requiredMode = Schema.RequiredMode.REQUIRED)
        List<LocalDate> interimReportsDue,
        LocalDate finalReportDue,
        String justification) {

    static DecisionDto of(DecisionSummary decision) {
        return new DecisionDto(decision.id(), decision.positive(), decision.status(), decision.decidedAt(),
                decision.requestedAmount(), decision.positive() ? decision.grantedAmount() : null, decision.usageStart(),
                decision.usageEnd(), decision.conditions(), decision.reportingSchedule().interimReports(),
                decision.reportingSchedule().finalReportDue(), decision.justification());
    }
}
