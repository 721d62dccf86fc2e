package fi.avustus.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.avustus.application.ApplicationDetails;
import fi.avustus.application.ApplicationForm;
import fi.avustus.application.BudgetCategory;
import fi.avustus.application.BudgetTotals;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One application with its project plan, budget and decision, as its case page shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ApplicationDetails", description = "A grant application with its plan, budget and, once made, its decision.")
public record ApplicationDetailsDto(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ApplicationDto application,
        String summary,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> objectives,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Activity> activities,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<BudgetLine> budget,
        @Schema(description = "Total cost, own share and the sum requested, in euros.",
                requiredMode = Schema.RequiredMode.REQUIRED) Totals totals,
        Instant submittedAt,
        @Schema(description = "What the officials asked to complete.") String completionMessage,
        String withdrawalReason,
        @Schema(description = "The decision, once approved (staff also see proposals).") DecisionDto decision) {

    @Schema(name = "ApplicationActivity", description = "A work package of the plan and its months.")
    public record Activity(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title, String description,
                           LocalDate startMonth, LocalDate endMonth) {
    }

    @Schema(name = "ApplicationBudgetLine", description = "A cost of the plan in euros.")
    public record BudgetLine(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) BudgetCategory category,
                             @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int year, String description,
                             BigDecimal amount) {
    }

    @Schema(name = "ApplicationTotals", description = "The budget's sums in euros; the own share also in per cent.")
    public record Totals(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal totalCost,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal selfFinancing,
                         BigDecimal selfFinancingPercent,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal requested) {
    }

    static ApplicationDetailsDto of(ApplicationDetails details, DecisionDto decision) {
        ApplicationForm content = details.content();
        BudgetTotals totals = content.totals();
        return new ApplicationDetailsDto(ApplicationDto.of(details.summary()), ApplicationDto.blankToNull(content.getSummary()),
                List.copyOf(content.getObjectives()),
                content.getActivities().stream().map(activity -> new Activity(activity.title(), activity.description(),
                        activity.startMonth(), activity.endMonth())).toList(),
                content.getBudgetLines().stream().map(line -> new BudgetLine(line.category(), line.year(), line.description(),
                        line.amount())).toList(),
                new Totals(totals.totalCost(), totals.selfFinancing(), totals.selfFinancingPercent(), totals.requested()),
                details.submittedAt(), details.completionMessage(), details.withdrawalReason(), decision);
    }
}
