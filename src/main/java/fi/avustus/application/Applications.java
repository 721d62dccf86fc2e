package fi.avustus.application;

import fi.avustus.application.internal.Application;
import fi.avustus.application.internal.ApplicationAccess;
import fi.avustus.application.internal.ApplicationContent;
import fi.avustus.application.internal.ApplicationRepository;
import fi.avustus.application.internal.ApplicationVersion;
import fi.avustus.application.internal.ApplicationVersionRepository;
import fi.avustus.application.internal.ApplicationViews;
import fi.avustus.application.internal.AttachmentStore;
import fi.avustus.application.internal.CallLookup;
import fi.avustus.application.internal.DraftRules;
import fi.avustus.application.internal.Snapshot;
import fi.avustus.application.internal.SubmitRules;
import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.Role;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Validator;
import fi.avustus.shared.upload.AttachmentFile;
import fi.avustus.shared.upload.AttachmentSummary;
import fi.avustus.shared.upload.UploadRules;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grant applications for applicants (draft, submit, complete, withdraw, attach) and staff (read);
 * status changes for the grant-application process, which calls them as the system user.
 * Every method checks the organisation as well as the role: an applicant only ever reaches the
 * applications of their own organisations.
 */
@Service
@Transactional(readOnly = true)
public class Applications {

    /** What one application's attachments may take together. */
    public static final long ATTACHMENTS_MAX_BYTES = 50 * UploadRules.MEGABYTE;

    private static final Consumer<Application> NO_CHANGE = application -> { };

    private final ApplicationRepository repository;
    private final ApplicationVersionRepository versions;
    private final ApplicationAccess access;
    private final ApplicationViews views;
    private final AttachmentStore attachments;
    private final CallLookup calls;
    private final Organisations organisations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Applications(ApplicationRepository repository, ApplicationVersionRepository versions, ApplicationAccess access,
                 ApplicationViews views, AttachmentStore attachments, CallLookup calls, Organisations organisations,
                 CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.versions = versions;
        this.access = access;
        this.views = views;
        this.attachments = attachments;
        this.calls = calls;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The user's organisations that may apply to this call (by type); empty when the call is not open. */
    @PreAuthorize("hasRole('APPLICANT')")
    public List<OrganisationSummary> eligibleOrganisations(long callId) {
        CallSummary call = calls.require(callId);
        if (!call.isOpen(clock.instant())) {
            return List.of();
        }
        return organisations.findAll(currentUser.organisationIds()).stream()
                .filter(organisation -> !organisation.archived() && call.eligibleTypes().contains(organisation.type()))
                .toList();
    }

    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public long startDraft(long callId, long organisationId) {
        access.requireOwn(organisationId);
        CallSummary call = calls.require(callId);
        if (!call.isOpen(clock.instant())) {
            throw new DomainException("application.call.closed", SubmitRules.closingTime(call.openUntil()));
        }
        if (eligibleOrganisations(callId).stream().noneMatch(organisation -> organisation.id() == organisationId)) {
            throw new DomainException("application.organisation.notEligible");
        }
        return repository.saveAndFlush(new Application(callId, organisationId)).getId();
    }

    /** Saves what was typed with the field rules only; returns the new version for the next save. */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public long saveDraft(long id, ApplicationForm form) {
        Application application = access.requireOwnForUpdate(id);
        requireEditable(application);
        application.requireVersion(form.getVersion());
        Validator validator = DraftRules.check(form, new Validator());
        requireKnownPartners(form, validator);
        validator.throwIfInvalid();
        ApplicationContent.apply(form, application);
        return repository.saveAndFlush(application).getVersion();
    }

    /** A partner is an organisation in the register: an unknown id would fail the save itself, not a rule. */
    private void requireKnownPartners(ApplicationForm form, Validator validator) {
        List<Long> ids = form.getPartners().stream().map(Partner::organisationId).filter(Objects::nonNull).toList();
        Set<Long> known = organisations.findAll(ids).stream().map(OrganisationSummary::id).collect(Collectors.toSet());
        for (int i = 0; i < form.getPartners().size(); i++) {
            Long partner = form.getPartners().get(i).organisationId();
            validator.check(partner == null || known.contains(partner), "partners", "application.row.organisationUnknown", i + 1);
        }
    }

    /** Submits a draft while its call is open: freezes version 1 and starts the case. */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public void submit(long id) {
        Application application = lockedForSubmission(id, ApplicationStatus.DRAFT, true);
        Instant now = clock.instant();
        application.setSubmittedAt(now);
        freeze(application, now);
        events.publishEvent(new ApplicationSubmitted(id, application.getCallId(), application.getOrganisationId(),
                application.getSubmittedVersion()));
    }

    /** Answers a completion request with a new frozen version; the call may have closed meanwhile. */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public void resubmitAfterCompletion(long id) {
        Application application = lockedForSubmission(id, ApplicationStatus.COMPLETION_REQUESTED, false);
        freeze(application, clock.instant());
        application.setCompletionMessage(null);
        application.setCompletionDeadline(null);
        events.publishEvent(new ApplicationCompleted(id, application.getSubmittedVersion()));
    }

    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public void withdraw(long id, String reason) {
        Application application = access.requireOwnForUpdate(id);
        if (!application.getStatus().withdrawable()) {
            throw new DomainException("application.notWithdrawable");
        }
        new Validator().requiredText("reason", reason, Validator.TEXT_MAX).throwIfInvalid();
        application.setWithdrawalReason(reason.strip());
        application.setStatus(ApplicationStatus.WITHDRAWN);
        repository.saveAndFlush(application);
        events.publishEvent(new ApplicationWithdrawn(id, reason.strip()));
    }

    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public AttachmentSummary uploadAttachment(long id, String fileName, InputStream content) {
        requireEditable(access.requireOwnForUpdate(id));
        return attachments.upload(id, fileName, content);
    }

    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public void deleteAttachment(long id, long attachmentId) {
        requireEditable(access.requireOwnForUpdate(id));
        attachments.delete(id, attachmentId);
    }

    @PreAuthorize("isAuthenticated()")
    public AttachmentFile downloadAttachment(long id, long attachmentId) {
        return attachments.download(access.requireReadable(id).getId(), attachmentId);
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<ApplicationDetails> find(long id) {
        return access.readable(id).map(views::details);
    }

    /** The applications of the user's own organisations, newest first. */
    @PreAuthorize("hasRole('APPLICANT')")
    public List<ApplicationSummary> mine() {
        return views.summaries(repository.findByOrganisationIdInOrderByIdDesc(currentUser.organisationIds()));
    }

    /**
     * The applications the user may read, newest first, a page at a time: staff see every submitted
     * application, anyone else their own organisations' (drafts included), as on the screens.
     *
     * @param callId only this call's applications; null for every call
     */
    @PreAuthorize("isAuthenticated()")
    public Page<ApplicationSummary> visible(Long callId, Pageable pageable) {
        Pageable newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "id"));
        boolean staff = currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.OFFICIAL)
                || currentUser.hasRole(Role.DECISION_MAKER);
        Page<Application> page;
        if (staff) {
            page = callId == null ? repository.findByStatusNot(ApplicationStatus.DRAFT, newestFirst)
                    : repository.findByCallIdAndStatusNot(callId, ApplicationStatus.DRAFT, newestFirst);
        } else {
            Set<Long> own = currentUser.organisationIds();
            page = callId == null ? repository.findByOrganisationIdIn(own, newestFirst)
                    : repository.findByOrganisationIdInAndCallId(own, callId, newestFirst);
        }
        return new PageImpl<>(views.summaries(page.getContent()), newestFirst, page.getTotalElements());
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL', 'DECISION_MAKER')")
    public CallApplications ofCall(long callId) {
        List<ApplicationSummary> submitted = views.summaries(
                repository.findByCallIdAndStatusNotOrderByIdAsc(callId, ApplicationStatus.DRAFT));
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        counts.putAll(submitted.stream().collect(Collectors.groupingBy(ApplicationSummary::status, Collectors.counting())));
        return new CallApplications(submitted, counts);
    }

    @PreAuthorize("isAuthenticated()")
    public List<SubmittedVersion> versions(long id) {
        return views.versions(access.requireReadable(id).getId());
    }

    /** What changed between two submitted versions, field by field. */
    @PreAuthorize("isAuthenticated()")
    public List<FieldDifference> difference(long id, int fromVersion, int toVersion) {
        Map<Integer, String> content = versions.findByApplicationIdOrderByNumberAsc(access.requireReadable(id).getId())
                .stream().collect(Collectors.toMap(ApplicationVersion::getNumber, ApplicationVersion::getContent));
        if (!content.containsKey(fromVersion) || !content.containsKey(toVersion)) {
            throw new DomainException("notFound");
        }
        return Snapshot.difference(content.get(fromVersion), content.get(toVersion));
    }

    /** The process returns the application to the applicant with what is missing and by when. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void requestCompletion(long id, String message, LocalDate deadline) {
        new Validator().requiredText("message", message, Validator.TEXT_MAX).required("deadline", deadline).throwIfInvalid();
        transition(id, ApplicationStatus.COMPLETION_REQUESTED, application -> {
            application.setCompletionMessage(message.strip());
            application.setCompletionDeadline(deadline);
        }, ApplicationStatus.SUBMITTED, ApplicationStatus.IN_ASSESSMENT);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void markInAssessment(long id) {
        transition(id, ApplicationStatus.IN_ASSESSMENT, NO_CHANGE, ApplicationStatus.SUBMITTED);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void markInDecision(long id) {
        transition(id, ApplicationStatus.IN_DECISION, NO_CHANGE, ApplicationStatus.IN_ASSESSMENT);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void markDecided(long id, boolean positive) {
        transition(id, positive ? ApplicationStatus.APPROVED : ApplicationStatus.REJECTED, NO_CHANGE,
                ApplicationStatus.IN_DECISION);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void closeAsIncomplete(long id) {
        transition(id, ApplicationStatus.CLOSED_INCOMPLETE, NO_CHANGE, ApplicationStatus.COMPLETION_REQUESTED);
    }

    /**
     * Moves the case on for the process. Repeating a step that already happened does nothing, so
     * that a retried process job is harmless; any other starting status is refused.
     */
    private void transition(long id, ApplicationStatus to, Consumer<Application> change,
                            ApplicationStatus... from) {
        Application application = repository.findForUpdate(id).orElseThrow(() -> new DomainException("notFound"));
        if (application.getStatus() == to) {
            return;
        }
        requireStatus(application, from);
        change.accept(application);
        application.setStatus(to);
        repository.saveAndFlush(application);
    }

    /**
     * The applicant's own application, locked, in the expected status, with content that passes the
     * submit rules. The call is read first, before anything changes in this transaction.
     */
    private Application lockedForSubmission(long id, ApplicationStatus status, boolean callMustBeOpen) {
        SubmitRules.CallContext call = calls.context(access.requireReadable(id).getCallId());
        Application application = access.requireOwnForUpdate(id);
        requireStatus(application, status);
        SubmitRules.check(ApplicationContent.form(application), callMustBeOpen ? call : call.asOpen(), new Validator())
                .throwIfInvalid();
        return application;
    }

    private void freeze(Application application, Instant now) {
        int number = application.getSubmittedVersion() + 1;
        application.setSubmittedVersion(number);
        application.setLastSubmittedAt(now);
        application.setStatus(ApplicationStatus.SUBMITTED);
        repository.saveAndFlush(application);
        versions.saveAndFlush(new ApplicationVersion(application.getId(), number, now, access.username(),
                Snapshot.of(application, attachments.entities(application.getId()))));
    }

    private static void requireStatus(Application application, ApplicationStatus... allowed) {
        if (!List.of(allowed).contains(application.getStatus())) {
            throw new DomainException("application.status.wrong", application.getStatus().name());
        }
    }

    private static void requireEditable(Application application) {
        if (!application.getStatus().editableByApplicant()) {
            throw new DomainException("application.notEditable");
        }
    }
}
