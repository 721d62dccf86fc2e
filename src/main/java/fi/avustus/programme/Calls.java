package fi.avustus.programme;

import fi.avustus.organisation.OrganisationType;
import fi.avustus.programme.internal.Call;
import fi.avustus.programme.internal.CallRepository;
import fi.avustus.programme.internal.CallRules;
import fi.avustus.programme.internal.Programme;
import fi.avustus.programme.internal.ProgrammeRepository;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Money;
import fi.avustus.shared.TranslatedName;
import fi.avustus.shared.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls for applications: administrators write drafts and publish them once complete; staff read
 * them; applicants see the calls open right now.
 */
@Service
@Transactional(readOnly = true)
public class Calls {

    private static final long NO_CALL = -1;

    private final CallRepository repository;
    private final ProgrammeRepository programmes;
    private final Clock clock;

    Calls(CallRepository repository, ProgrammeRepository programmes, Clock clock) {
        this.repository = repository;
        this.programmes = programmes;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL', 'DECISION_MAKER', 'STEERING_GROUP')")
    public Page<CallSummary> search(String search, boolean archived, Pageable pageable) {
        Page<Call> page = repository.search(search == null ? "" : search.strip(), archived, pageable);
        Map<Long, TranslatedName> names = programmeNames(page.map(Call::getProgrammeId).toSet());
        return page.map(call -> summary(call, names.get(call.getProgrammeId())));
    }

    /** The calls of one programme, archived ones included, earliest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL', 'DECISION_MAKER', 'STEERING_GROUP')")
    public List<CallSummary> ofProgramme(long programmeId) {
        TranslatedName name = programmeNames(Set.of(programmeId)).get(programmeId);
        return repository.findByProgrammeIdOrderByOpenFromAscIdAsc(programmeId).stream()
                .map(call -> summary(call, name)).toList();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL', 'DECISION_MAKER', 'STEERING_GROUP')")
    public Optional<CallSummary> find(long id) {
        return repository.findById(id).map(this::summary);
    }

    /**
     * A published call by id, for any logged-in user: applicants need the rules and closing time
     * of the calls they applied to, also after the call has closed. Drafts stay hidden.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<CallSummary> findPublished(long id) {
        return repository.findById(id).filter(call -> call.getStatus() == CallStatus.PUBLISHED).map(this::summary);
    }

    /**
     * As {@link #findPublished(long)} for many calls, read together (a few queries, however many
     * calls): for lists of applications, which name their calls.
     */
    @PreAuthorize("isAuthenticated()")
    public List<CallSummary> findAllPublished(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Call> published = repository.findAllById(Set.copyOf(ids)).stream()
                .filter(call -> call.getStatus() == CallStatus.PUBLISHED).toList();
        Map<Long, TranslatedName> names = programmeNames(published.stream().map(Call::getProgrammeId).collect(Collectors.toSet()));
        return published.stream().map(call -> summary(call, names.get(call.getProgrammeId()))).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CallSummary create(CallForm form) {
        Validator validator = CallRules.draft(form, new Validator());
        requireUsableProgramme(form.getProgrammeId(), null, validator);
        validator.throwIfInvalid();
        Call call = new Call();
        apply(form, call);
        return summary(repository.saveAndFlush(call));
    }

    /**
     * Records a call that was already run before it came to Avustus (history moved from paper or an
     * older system): it must satisfy every publish rule except a closing time in the future, and
     * it must already have closed. It is stored as published, so its budget counts for the programme.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CallSummary recordClosedCall(CallForm form) {
        Validator validator = new Validator();
        Programme programme = programmes.findForUpdate(form.getProgrammeId() == null ? -1 : form.getProgrammeId())
                .orElseThrow(() -> new DomainException("notFound"));
        CallRules.publish(form, context(programme, -1, false), validator);
        Instant closes = CallForm.instant(form.getOpenUntil());
        validator.check(closes == null || closes.isBefore(clock.instant()), "openUntil", "call.openUntil.notClosed");
        validator.throwIfInvalid();
        Call call = new Call();
        apply(form, call);
        call.setStatus(CallStatus.PUBLISHED);
        return summary(repository.saveAndFlush(call));
    }

    /** Saves a draft with the field rules; a published call stays publishable or the edit is refused. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CallSummary update(long id, CallForm form) {
        Call call = load(id);
        call.requireVersion(form.getVersion());
        Validator validator = new Validator();
        Optional<Programme> programme = requireUsableProgramme(form.getProgrammeId(), call.getProgrammeId(), validator);
        if (call.getStatus() == CallStatus.PUBLISHED && programme.isPresent()) {
            boolean closingMoved = !Objects.equals(CallForm.instant(form.getOpenUntil()), call.getOpenUntil());
            CallRules.publish(form, context(programme.get(), id, closingMoved), validator);
        } else {
            CallRules.draft(form, validator);
        }
        validator.throwIfInvalid();
        apply(form, call);
        return summary(repository.saveAndFlush(call));
    }

    /** Shows the call to applicants; refused with every reason at once when it is not complete. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CallSummary publish(long id) {
        Call call = load(id);
        if (call.getStatus() == CallStatus.PUBLISHED) {
            return summary(call);
        }
        Programme programme = programmes.findForUpdate(call.getProgrammeId()).orElseThrow(() -> new DomainException("notFound"));
        CallForm form = CallForm.of(summary(call, programme.getName()));
        CallRules.publish(form, context(programme, id, true), new Validator()).throwIfInvalid();
        call.setStatus(CallStatus.PUBLISHED);
        return summary(repository.saveAndFlush(call));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void archive(long id, boolean archived) {
        load(id).setArchived(archived);
    }

    /**
     * Calls open for applications now, closing soonest first; with organisation types given, only
     * calls at least one of them may apply to. Any logged-in user may look.
     */
    @PreAuthorize("isAuthenticated()")
    public List<OpenCall> openCalls(Collection<OrganisationType> organisationTypes) {
        return openCalls(organisationTypes, Pageable.unpaged()).getContent();
    }

    /** As {@link #openCalls(Collection)}, a page at a time, with the number of all such calls. */
    @PreAuthorize("isAuthenticated()")
    public Page<OpenCall> openCalls(Collection<OrganisationType> organisationTypes, Pageable pageable) {
        Instant now = clock.instant();
        boolean anyType = organisationTypes == null || organisationTypes.isEmpty();
        Page<Call> open = repository.openFor(now, CallStatus.PUBLISHED, anyType,
                anyType ? EnumSet.allOf(OrganisationType.class) : organisationTypes, pageable);
        Map<Long, TranslatedName> names = programmeNames(open.map(Call::getProgrammeId).toSet());
        return open.map(call -> new OpenCall(call.getId(), call.getTitle(), names.get(call.getProgrammeId()),
                call.getOpenUntil(), Duration.between(now, call.getOpenUntil()), call.getMaxGrant(),
                call.getMinSelfFinancingPercent(), call.getEligibleTypes()));
    }

    /**
     * When each call open for applications now closes, by call id: {@link #openCalls} without the
     * calls' details, for the deadlines of the drafts in them.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Instant> openCallClosings() {
        return repository.closingsOfOpen(clock.instant(), CallStatus.PUBLISHED).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Instant) row[1]));
    }

    /**
     * The calls open for applications now, closing soonest first, for anyone, logged in or not:
     * what funding portals list. Drafts and archived calls stay hidden.
     */
    public Page<CallSummary> openNow(Pageable pageable) {
        Page<Call> page = repository.openAt(clock.instant(), CallStatus.PUBLISHED, pageable);
        Map<Long, TranslatedName> names = programmeNames(page.map(Call::getProgrammeId).toSet());
        return page.map(call -> summary(call, names.get(call.getProgrammeId())));
    }

    /** A call that is open for applications now, for anyone; empty for any other call. */
    public Optional<CallSummary> findOpen(long id) {
        Instant now = clock.instant();
        return repository.findById(id).map(this::summary).filter(call -> call.isOpen(now));
    }

    private Call load(long id) {
        return repository.findById(id).orElseThrow(() -> new DomainException("notFound"));
    }

    /** The programme a call is saved under; a new or moved call may not go to an archived programme. */
    private Optional<Programme> requireUsableProgramme(Long programmeId, Long currentProgrammeId, Validator validator) {
        if (programmeId == null) {
            return Optional.empty();
        }
        Optional<Programme> programme = programmes.findForUpdate(programmeId);
        if (programme.isEmpty()) {
            validator.reject("programmeId", "call.programme.unknown");
        } else if (programme.get().isArchived() && !programmeId.equals(currentProgrammeId)) {
            validator.reject("programmeId", "call.programme.archived");
        }
        return programme;
    }

    private CallRules.Context context(Programme programme, long callId, boolean closingMustBeFuture) {
        BigDecimal committed = repository.committedBudget(programme.getId(), callId, CallStatus.PUBLISHED);
        return new CallRules.Context(clock.instant(), closingMustBeFuture, programme.getTotalBudget(), committed,
                programme.getPeriodStart(), programme.getPeriodEnd());
    }

    private static void apply(CallForm form, Call call) {
        call.setProgrammeId(form.getProgrammeId());
        call.setTitle(new TranslatedName(form.getTitleFi(), form.getTitleSv(), form.getTitleEn()));
        call.setOpenFrom(CallForm.instant(form.getOpenFrom()));
        call.setOpenUntil(CallForm.instant(form.getOpenUntil()));
        call.setBudget(Money.normalise(form.getBudget()));
        call.setMaxGrant(Money.normalise(form.getMaxGrant()));
        call.setAssessAfterClose(form.isAssessAfterClose());
        call.setReviewersPerApplication(form.getReviewersPerApplication() == null ? 2 : form.getReviewersPerApplication());
        call.setMinSelfFinancingPercent(form.getMinSelfFinancingPercent());
        call.setEligibleTypes(form.getEligibleTypes());
        call.setCriteria(form.getCriteria().stream().map(Calls::stripped).toList());
    }

    private static AssessmentCriterion stripped(AssessmentCriterion criterion) {
        TranslatedName name = new TranslatedName(criterion.nameFi(), criterion.nameSv(), criterion.nameEn());
        return new AssessmentCriterion(name.fi(), name.sv(), name.en(), criterion.weight());
    }

    private Map<Long, TranslatedName> programmeNames(Set<Long> ids) {
        return programmes.withIds(ids).stream().collect(Collectors.toMap(Programme::getId, Programme::getName));
    }

    private CallSummary summary(Call call) {
        return summary(call, programmes.findById(call.getProgrammeId()).map(Programme::getName).orElse(null));
    }

    private static CallSummary summary(Call call, TranslatedName programmeName) {
        return new CallSummary(call.getId(), call.getProgrammeId(), programmeName, call.getTitle(), call.getOpenFrom(),
                call.getOpenUntil(), call.getBudget(), call.getMaxGrant(), call.getMinSelfFinancingPercent(),
                call.getEligibleTypes(), call.getCriteria(), call.isAssessAfterClose(), call.getReviewersPerApplication(),
                call.getStatus(), call.isArchived(), call.getVersion());
    }
}
