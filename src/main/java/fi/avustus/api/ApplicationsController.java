package fi.avustus.api;

import fi.avustus.application.Applications;
import fi.avustus.review.Decisions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Grant applications: an applicant's own organisations' applications, every submitted one for staff. */
@RestController
@RequestMapping(path = "/api/v1/applications", produces = "application/json")
@Tag(name = "Applications", description = "Grant applications and their status: applicants see their own organisations' "
        + "applications (drafts included), staff every submitted one.")
class ApplicationsController {

    private final Applications applications;
    private final Decisions decisions;

    ApplicationsController(Applications applications, Decisions decisions) {
        this.applications = applications;
        this.decisions = decisions;
    }

    @GetMapping
    @Operation(operationId = "listApplications", summary = "List applications",
            description = "The applications the user may see, newest first.")
    ApiPage<ApplicationDto> list(@Parameter(description = "Only this call's applications.") @RequestParam(required = false) Long callId,
                                 @ParameterObject @Valid PageQuery page) {
        return ApiPage.of(applications.visible(callId, page.pageable()), ApplicationDto::of);
    }

    @GetMapping("/{applicationId}")
    @Operation(operationId = "getApplication", summary = "Get an application",
            description = "One application with its plan, budget and decision. Another organisation's application is not found.")
    ApplicationDetailsDto get(@Parameter(description = "The application's id.") @PathVariable long applicationId) {
        return applications.find(applicationId)
                .map(details -> ApplicationDetailsDto.of(details,
                        decisions.ofApplication(applicationId).map(DecisionDto::of).orElse(null)))
                .orElseThrow(() -> new NotFoundException("application " + applicationId));
    }
}
