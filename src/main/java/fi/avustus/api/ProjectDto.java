package fi.avustus.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.avustus.project.ProjectStatus;
import fi.avustus.project.ProjectSummary;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A funded project: its grant, usage period, accepted budget and report due dates. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Project", description = "A funded project, created by a positive decision.")
public record ProjectDto(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long applicationId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long decisionId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long callId,
        @Schema(description = "The organisation the grant was given to.", requiredMode = Schema.RequiredMode.REQUIRED)
        long organisationId,
        String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ProjectStatus status,
        @Schema(description = "The granted sum in euros.", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal grantedAmount,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate usageStart,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate usageEnd,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<LocalDate> interimReportsDue,
        LocalDate finalReportDue,
        @Schema(description = "The accepted budget, as the decision accepted it or a change moved it.",
                requiredMode = Schema.RequiredMode.REQUIRED) List<BudgetLine> budget,
        @Schema(description = "Whom the funder asks about the project.") Contact contact) {

    @Schema(name = "ProjectBudgetLine", description = "A line of the accepted budget in euros.")
    public record BudgetLine(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String category,
                             @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int year, String description,
                             @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal amount) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ProjectContact", description = "The project's contact person.")
    public record Contact(String name, String email, String phone) {
    }

    static ProjectDto of(ProjectSummary project) {
        return new ProjectDto(project.id(), project.applicationId(), project.decisionId(), project.callId(),
                project.organisationId(), project.name(), project.status(), project.grantedAmount(), project.usageStart(),
                project.usageEnd(), project.interimReportsDue(), project.finalReportDue(),
                project.budgetLines().stream().map(line -> new BudgetLine(line.category(), line.year(), line.description(),
                        line.amount())).toList(),
                project.contact() == null || project.contact().isEmpty() ? null
                        : new Contact(project.contact().name(), project.contact().email(), project.contact().phone()));
    }
}
