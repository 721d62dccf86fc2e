package fi.avustus.review;

import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.review.internal.Decision;
import fi.avustus.review.internal.DecisionLetters;
import fi.avustus.review.internal.DecisionRepository;
import fi.avustus.review.internal.DecisionRules;
import fi.avustus.review.internal.PersonNames;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.Role;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Money;
import fi.avustus.shared.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions on applications: a presenter (official) proposes, a decision maker returns it with a
 * comment or approves it. The four-eyes rule is enforced here, whatever screen or process step
 * calls: nobody approves their own proposal. Approval writes the letter and publishes
 * {@link DecisionMade}.
 */
@Service
@Transactional(readOnly = true)
public class Decisions {

    private final DecisionRepository repository;
    private final DecisionLetters letters;
    private final Calls calls;
    private final Organisations organisations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PersonNames names;

    Decisions(DecisionRepository repository, DecisionLetters letters, Calls calls, Organisations organisations,
              CurrentUser currentUser, ApplicationEventPublisher events, Clock clock, PersonNames names) {
        this.repository = repository;
        this.letters = letters;
        this.calls = calls;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.names = names;
    }

    /** Who presented the decision, by the name people know them by. */
    public String presenterName(DecisionSummary decision) {
        return names.of(decision.presenter());
    }

    /**
     * The entity whose change history is a decision's history (proposals, returns, approval), for
     * the case page's timeline through the audit module; other modules must not import it.
     */
    public static Class<?> auditedType() {
        return Decision.class;
    }

    /**
     * Proposes the decision on an application, or revises the proposal (after a return, or before
     * a decision maker has acted); the current user becomes the presenter. Refused with every
     * reason at once.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICIAL')")
    public DecisionSummary propose(DecisionForm form) {
        Optional<Decision> existing = form.getApplicationId() == null ? Optional.empty()
                : repository.findByApplicationId(form.getApplicationId());
        if (existing.isPresent()) {
            if (existing.get().getStatus() == DecisionStatus.APPROVED) {
                throw new DomainException("decision.alreadyApproved");
            }
            existing.get().requireVersion(form.getVersion());
        }
        validate(form);
        Decision decision = existing.orElseGet(() -> new Decision(form.getApplicationId()));
        apply(form, decision);
        decision.proposedBy(currentUser.requireUsername());
        try {
            return summary(repository.saveAndFlush(decision));
        } catch (DataIntegrityViolationException sameApplication) {
            // Two presenters proposed the first decision of one application at the same moment.
            throw new DomainException("concurrentModification");
        }
    }

    @Transactional
    @PreAuthorize("hasRole('DECISION_MAKER')")
    public DecisionSummary returnToPresenter(long decisionId, String comment) {
        Decision decision = proposed(decisionId);
        new Validator().requiredText("comment", comment, Validator.TEXT_MAX).throwIfInvalid();
        decision.returnToPresenter(comment.strip());
        return summary(repository.saveAndFlush(decision));
    }

    /** Approves the proposal as it stands now. */
    @Transactional
    @PreAuthorize("hasRole('DECISION_MAKER')")
    public DecisionSummary approve(long decisionId) {
        return approve(decisionId, proposed(decisionId).getVersion());
    }

    /** Approves the proposal the decision maker read: refused if it was revised meanwhile. */
    @Transactional
    @PreAuthorize("hasRole('DECISION_MAKER')")
    public DecisionSummary approve(long decisionId, long version) {
        Decision decision = proposed(decisionId);
        decision.requireVersion(version);
        String decisionMaker = currentUser.requireUsername();
        if (decisionMaker.equals(decision.getPresenter())) {
            throw new DomainException("decision.fourEyes");
        }
        if (!decision.isComplete()) {
            // Proposed before cost lines and report dates were data: the presenter completes it first.
            throw new DomainException("decision.incomplete");
        }
        decision.approve(decisionMaker, clock.instant());
        Decision saved = repository.saveAndFlush(decision);
        letters.writeFor(saved);
        events.publishEvent(new DecisionMade(saved.getId(), saved.getApplicationId(), saved.isPositive(),
                saved.isPositive() ? saved.getGrantedAmount() : Money.normalise(BigDecimal.ZERO),
                saved.getUsageStart(), saved.getUsageEnd()));
        return summary(saved);
    }

    /** The letter of an approved decision, for staff and for the applicant organisation's own people. */
    @PreAuthorize("isAuthenticated()")
    public byte[] letter(long decisionId) {
        Decision decision = repository.findById(decisionId).orElseThrow(() -> new DomainException("notFound"));
        requireMayRead(decision);
        if (decision.getStatus() != DecisionStatus.APPROVED) {
            throw new DomainException("decision.noLetter");
        }
        return letters.read(decisionId);
    }

    /** The decision on an application; applicants see only approved decisions of their own organisations. */
    @PreAuthorize("isAuthenticated()")
    public Optional<DecisionSummary> ofApplication(long applicationId) {
        Optional<Decision> decision = repository.findByApplicationId(applicationId);
        decision.ifPresent(this::requireMayRead);
        return decision.filter(found -> isStaff() || found.getStatus() == DecisionStatus.APPROVED).map(Decisions::summary);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL', 'DECISION_MAKER')")
    public Optional<DecisionSummary> find(long decisionId) {
        return repository.findById(decisionId).map(Decisions::summary);
    }

    private void requireMayRead(Decision decision) {
        if (!currentUser.canAccessOrganisation(decision.getOrganisationId())) {
            throw new AccessDeniedException("decision " + decision.getId());
        }
    }

    private boolean isStaff() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.OFFICIAL) || currentUser.hasRole(Role.DECISION_MAKER);
    }

    private Decision proposed(long decisionId) {
        Decision decision = repository.findById(decisionId).orElseThrow(() -> new DomainException("notFound"));
        if (decision.getStatus() != DecisionStatus.PROPOSED) {
            throw new DomainException("decision.notProposed");
        }
        return decision;
    }

    private void validate(DecisionForm form) {
        Validator validator = new Validator();
        BigDecimal maxGrant = null;
        if (form.getCallId() != null) {
            Optional<CallSummary> call = calls.find(form.getCallId());
            validator.check(call.isPresent(), "callId", "decision.call.unknown");
            maxGrant = call.map(CallSummary::maxGrant).orElse(null);
        }
        if (form.getOrganisationId() != null) {
            validator.check(!organisations.findAll(List.of(form.getOrganisationId())).isEmpty(), "organisationId",
                    "decision.organisation.unknown");
        }
        DecisionRules.propose(form, maxGrant, validator).throwIfInvalid();
    }

    private static void apply(DecisionForm form, Decision decision) {
        boolean positive = form.getPositive();
        decision.setCallId(form.getCallId());
        decision.setOrganisationId(form.getOrganisationId());
        decision.setLanguage(form.getLanguage());
        decision.setPositive(positive);
        decision.setRequestedAmount(Money.normalise(form.getRequestedAmount()));
        // A refusal grants nothing: whatever grant fields the form still held are not kept.
        decision.setGrantedAmount(positive ? Money.normalise(form.getGrantedAmount()) : null);
        decision.setCostLines(positive ? form.getCostLines().stream().map(Decisions::normalise).toList() : List.of());
        decision.setUsageStart(positive ? form.getUsageStart() : null);
        decision.setUsageEnd(positive ? form.getUsageEnd() : null);
        decision.setConditions(positive ? blankToNull(form.getConditions()) : null);
        decision.setReportingSchedule(positive
                ? new ReportingSchedule(form.getInterimReports(), form.getFinalReportDue()) : ReportingSchedule.none());
        decision.setReportingDuties(positive ? blankToNull(form.getReportingDuties()) : null);
        decision.setInstalments(positive ? form.getInstalments().stream()
                .map(i -> new Instalment(i.dueDate(), Money.normalise(i.amount()))).toList() : List.of());
        decision.setJustification(form.getJustification().strip());
    }

    private static AcceptedCostLine normalise(AcceptedCostLine line) {
        return new AcceptedCostLine(line.category(), line.year(), blankToNull(line.description()),
                Money.normalise(line.applied()), Money.normalise(line.accepted()), blankToNull(line.note()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static DecisionSummary summary(Decision decision) {
        return new DecisionSummary(decision.getId(), decision.getApplicationId(), decision.getCallId(),
                decision.getOrganisationId(), decision.getLanguage(), decision.isPositive(),
                decision.getRequestedAmount(), decision.getGrantedAmount(), decision.getCostLines(),
                decision.getUsageStart(), decision.getUsageEnd(), decision.getConditions(),
                decision.getReportingSchedule(), decision.getReportingDuties(), decision.getInstalments(),
                decision.getJustification(), decision.getPresenter(), decision.getDecisionMaker(), decision.getStatus(),
                decision.getReturnComment(), decision.getDecidedAt(), decision.getVersion());
    }
}
