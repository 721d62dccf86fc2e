package fi.avustus.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** A project with its decision and the sums paid; its payments, reports and deadlines are lists of their own. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProjectDetails", description = "A funded project with its decision and the sums paid so far. Its payments, "
        + "reports and deadlines are listed at /api/v1/projects/{projectId}/payments, /reports and /deadlines.")
public record ProjectDetailsDto(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ProjectDto project,
        @Schema(description = "The decision that granted the project's funds.") DecisionDto decision,
        @Schema(description = "The instalments paid so far, in euros.", requiredMode = Schema.RequiredMode.REQUIRED)
        BigDecimal paidAmount) {
}
