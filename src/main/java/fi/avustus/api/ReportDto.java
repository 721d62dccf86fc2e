package fi.avustus.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.avustus.report.ReportKind;
import fi.avustus.report.ReportStatus;
import fi.avustus.report.ReportSummary;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An interim or final report of a project. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Report", description = "An interim or final report of a project: when it is due, where it stands, what it reports.")
public record ReportDto(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long projectId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ReportKind kind,
        @Schema(description = "1 for the first interim report.", requiredMode = Schema.RequiredMode.REQUIRED) int sequence,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate dueDate,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ReportStatus status,
        LocalDate periodStart,
        LocalDate periodEnd,
        Instant submittedAt,
        @Schema(description = "The costs the report states for its period, in euros.", requiredMode = Schema.RequiredMode.REQUIRED)
        BigDecimal reportedCosts,
        @Schema(description = "The eligible costs the financial check accepted (final report), in euros.") BigDecimal acceptedCosts) {

    static ReportDto of(ReportSummary report) {
        return new ReportDto(report.id(), report.projectId(), report.kind(), report.sequence(), report.dueDate(),
                report.status(), report.content() == null ? null : report.content().periodStart(),
                report.content() == null ? null : report.content().periodEnd(), report.submittedAt(),
                report.content() == null ? BigDecimal.ZERO : report.content().totalSpent(), report.acceptedCosts());
    }
}
