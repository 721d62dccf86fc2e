package fi.avustus.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.avustus.application.ApplicationStatus;
import fi.avustus.application.ApplicationSummary;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;

/** An application in a list: whose, to which call, where it stands and what is due. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Application", description = "A grant application and its status.")
public record ApplicationDto(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long callId,
        @Schema(description = "The call's title.") Text call,
        @Schema(description = "The applicant organisation.", requiredMode = Schema.RequiredMode.REQUIRED) long organisationId,
        @Schema(description = "The applicant organisation's name.") Text organisation,
        String projectName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ApplicationStatus status,
        @Schema(description = "How many times it was submitted (0 for a draft).", requiredMode = Schema.RequiredMode.REQUIRED)
        int submittedVersion,
        Instant lastSubmittedAt,
        @Schema(description = "The last day to complete it, while completion is requested.") LocalDate completionDeadline,
        @Schema(description = "When the call closes.") Instant callClosesAt) {

    static ApplicationDto of(ApplicationSummary application) {
        return new ApplicationDto(application.id(), application.callId(), Text.of(application.callTitle()),
                application.organisationId(), application.organisationNameFi() == null ? null
                        : new Text(application.organisationNameFi(), application.organisationNameSv(), null),
                blankToNull(application.projectName()), application.status(), application.submittedVersion(),
                application.lastSubmittedAt(), application.completionDeadline(), application.callClosesAt());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
