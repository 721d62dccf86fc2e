package fi.avustus.changerequest;

import fi.avustus.changerequest.internal.ChangeApplier;
import fi.avustus.changerequest.internal.ChangeRequest;
import fi.avustus.changerequest.internal.ChangeRequestRepository;
import fi.avustus.changerequest.internal.ChangeRules;
import fi.avustus.changerequest.internal.StoredChangeLetter;
import fi.avustus.changerequest.internal.StoredChangeLetterRepository;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.FundingRules;
import fi.avustus.programme.ProgrammeSummary;
import fi.avustus.programme.Programmes;
import fi.avustus.project.ProjectChangeRules;
import fi.avustus.project.ProjectSummary;
import fi.avustus.project.Projects;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.SystemUser;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Time;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Change requests of funded projects. An applicant files one for their own organisation's open
 * project; a reallocation within the programme's threshold and a new contact person are accepted
 * and applied at once (and logged like any decision), everything else waits for an official in
 * the change-request process ({@link ChangeRequestFlow}). A refused request stores nothing.
 * Staff and the project's own organisation read the requests and the decision letters.
 */
@Service
@Transactional(readOnly = true)
public class ChangeRequests {

    /** An extension asked for with fewer days than this left of the usage period comes with a warning. */
    public static final int LATE_DAYS = 30;

    private final ChangeRequestRepository repository;
    private final StoredChangeLetterRepository letters;
    private final ChangeApplier applier;
    private final Projects projects;
    private final Calls calls;
    private final Programmes programmes;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChangeRequests(ChangeRequestRepository repository, StoredChangeLetterRepository letters, ChangeApplier applier,
                   Projects projects, Calls calls, Programmes programmes, CurrentUser currentUser,
                   ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.letters = letters;
        this.applier = applier;
        this.projects = projects;
        this.calls = calls;
        this.programmes = programmes;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Files a change request for a project of the applicant's own organisation. Refused, with
     * nothing stored, for a closed project, a request breaking the project's change rules, a
     * missing justification, and while another request of the same kind waits for a decision.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public ChangeRequestSummary file(long projectId, ChangeRequestForm form) {
        ProjectSummary project = readable(projectId);
        if (!currentUser.organisationIds().contains(project.organisationId())) {
            throw new AccessDeniedException("change request for project " + projectId);
        }
        ProjectChangeRules.requireOpen(project);
        LocalDate today = today();
        ChangeRules.filing(project, form, today).throwIfInvalid();
        if (repository.existsByProjectIdAndKindAndStatus(projectId, form.kind(), ChangeRequestStatus.PENDING)) {
            throw new DomainException("changerequest.error.pending");
        }
        ChangeRequest request = new ChangeRequest(projectId, project.organisationId(), form.kind(), form.justification());
        boolean automatic = switch (form.kind()) {
            case EXTENSION -> {
                request.askExtension(project.usageEnd(), form.newUsageEnd(), ChangeRules.late(project.usageEnd(), today, LATE_DAYS));
                yield false;
            }
            case REALLOCATION -> {
                request.askReallocation(ChangeRules.lines(project, form.amounts()));
                yield ChangeRules.withinThreshold(request.getLines(), fundingRules(project).changeThresholdPercent());
            }
            case CONTACT -> {
                request.askContact(form.contact());
                yield true;
            }
        };
        if (automatic) {
            request.decide(ChangeRequestStatus.ACCEPTED_AUTOMATICALLY, null, form.amounts(), null,
                    SystemUser.USERNAME, clock.instant());
        }
        ChangeRequest saved = repository.saveAndFlush(request);
        events.publishEvent(new ChangeRequestFiled(saved.getId(), projectId, project.organisationId(), project.callId(),
                form.kind(), automatic));
        if (automatic) {
            applier.apply(saved);
            events.publishEvent(new ChangeRequestDecided(saved.getId(), projectId, project.organisationId(), form.kind(),
                    saved.getStatus()));
        }
        return saved.summary();
    }

    /** Whether an extension asked for today comes late: fewer than {@link #LATE_DAYS} days of the usage period left. */
    public boolean lateForExtension(ProjectSummary project) {
        return ChangeRules.late(project.usageEnd(), today(), LATE_DAYS);
    }

    /** Days from today (in Helsinki) to the end of the usage period; negative once it has ended. */
    public long usageDaysLeft(ProjectSummary project) {
        return ChronoUnit.DAYS.between(today(), project.usageEnd());
    }

    /** A project's change requests, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<ChangeRequestSummary> ofProject(long projectId) {
        readable(projectId);
        return repository.findByProjectIdOrderByIdDesc(projectId).stream().map(ChangeRequest::summary).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<ChangeRequestSummary> find(long id) {
        return repository.findById(id).map(request -> {
            readable(request.getProjectId());
            return request.summary();
        });
    }

    /** The letter of an official's decision on the request. */
    @PreAuthorize("isAuthenticated()")
    public byte[] letter(long id) {
        ChangeRequest request = repository.findById(id).orElseThrow(() -> new DomainException("changerequest.error.notFound"));
        readable(request.getProjectId());
        return letters.findById(id).map(StoredChangeLetter::getPdf)
                .orElseThrow(() -> new DomainException("changerequest.error.noLetter"));
    }

    /** The project, if the user may see it (staff, or its own organisation's people). */
    private ProjectSummary readable(long projectId) {
        return projects.find(projectId).orElseThrow(() -> new DomainException("project.error.notFound", String.valueOf(projectId)));
    }

    /** The rules of the project's programme: anyone may file, but calls are read by staff only. */
    private FundingRules fundingRules(ProjectSummary project) {
        return SystemUser.call(() -> calls.find(project.callId()).map(CallSummary::programmeId).flatMap(programmes::find)
                .map(ProgrammeSummary::fundingRules).orElse(FundingRules.DEFAULT));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Time.HELSINKI));
    }
}
