package fi.avustus.application.internal;

import fi.avustus.application.ApplicationDetails;
import fi.avustus.application.ApplicationSummary;
import fi.avustus.application.SubmittedVersion;
import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns applications into what screens and other modules read, with call titles and organisation names. */
@Component
public class ApplicationViews {

    private final CallLookup calls;
    private final Organisations organisations;
    private final AttachmentStore attachments;
    private final ApplicationVersionRepository versions;

    ApplicationViews(CallLookup calls, Organisations organisations, AttachmentStore attachments,
                     ApplicationVersionRepository versions) {
        this.calls = calls;
        this.organisations = organisations;
        this.attachments = attachments;
        this.versions = versions;
    }

    public List<ApplicationSummary> summaries(List<Application> applications) {
        Map<Long, CallSummary> callsById = calls.all(applications.stream().map(Application::getCallId).toList());
        Map<Long, OrganisationSummary> names = organisations.findAll(applications.stream()
                        .map(Application::getOrganisationId).distinct().toList()).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
        return applications.stream().map(application -> summary(application, callsById.get(application.getCallId()),
                names.get(application.getOrganisationId()))).toList();
    }

    public ApplicationDetails details(Application application) {
        CallSummary call = calls.require(application.getCallId());
        OrganisationSummary organisation = organisations.findAll(List.of(application.getOrganisationId())).get(0);
        return new ApplicationDetails(summary(application, call, organisation), ApplicationContent.form(application), call.openUntil(),
                call.maxGrant(), call.minSelfFinancingPercent(),
                application.getCompletionMessage(), application.getWithdrawalReason(), application.getSubmittedAt(),
                attachments.list(application.getId()), versions(application.getId()));
    }

    public List<SubmittedVersion> versions(long applicationId) {
        return versions.findByApplicationIdOrderByNumberAsc(applicationId).stream()
                .map(version -> new SubmittedVersion(version.getNumber(), version.getSubmittedAt(), version.getSubmittedBy()))
                .toList();
    }

    private static ApplicationSummary summary(Application application, CallSummary call, OrganisationSummary organisation) {
        return new ApplicationSummary(application.getId(), application.getCallId(), call == null ? null : call.title(),
                application.getOrganisationId(), organisation == null ? "" : organisation.nameFi(),
                organisation == null ? "" : organisation.nameSv(), ApplicationContent.orEmpty(application.getProjectName()),
                application.getStatus(), application.getSubmittedVersion(), application.getLastSubmittedAt(),
                application.getCompletionDeadline(), call == null ? null : call.openUntil());
    }
}
