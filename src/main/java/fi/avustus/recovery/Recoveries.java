package fi.avustus.recovery;

import fi.avustus.payment.PaymentStatus;
import fi.avustus.payment.PaymentSummary;
import fi.avustus.payment.Payments;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.FundingRules;
import fi.avustus.programme.ProgrammeSummary;
import fi.avustus.programme.Programmes;
import fi.avustus.project.ProjectSummary;
import fi.avustus.project.Projects;
import fi.avustus.recovery.internal.InterestCalculation;
import fi.avustus.recovery.internal.InterestCalculation.PaidInstalment;
import fi.avustus.recovery.internal.RecoveryClaim;
import fi.avustus.recovery.internal.RecoveryClaimRepository;
import fi.avustus.recovery.internal.RecoveryLetters;
import fi.avustus.recovery.internal.RecoverySettlement;
import fi.avustus.recovery.internal.RecoverySettlementRepository;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.Role;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Money;
import fi.avustus.shared.Time;
import fi.avustus.shared.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settles a funded project's grant at its end and follows the recovery claim, if any, until it
 * is paid or reduced to nothing. Staff see every claim, applicants their own organisations'.
 */
@Service
@Transactional(readOnly = true)
public class Recoveries {

    private static final Logger LOG = LoggerFactory.getLogger(Recoveries.class);

    private final RecoverySettlementRepository settlements;
    private final RecoveryClaimRepository claims;
    private final RecoveryLetters letters;
    private final Projects projects;
    private final Calls calls;
    private final Programmes programmes;
    private final Payments payments;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Recoveries(RecoverySettlementRepository settlements, RecoveryClaimRepository claims, RecoveryLetters letters,
               Projects projects, Calls calls, Programmes programmes, Payments payments, CurrentUser currentUser,
               ApplicationEventPublisher events, Clock clock) {
        this.settlements = settlements;
        this.claims = claims;
        this.letters = letters;
        this.projects = projects;
        this.calls = calls;
        this.programmes = programmes;
        this.payments = payments;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Called by the process as the system user (fi.avustus.security.SystemUser) or by ADMIN/OFFICIAL.
     * Idempotent per project: a second call returns the first settlement unchanged.
     *
     * <p>Unused = paid instalments − accepted eligible costs (never below zero). At or below the
     * programme's recovery threshold nothing is reclaimed; above it a claim for the unused sum
     * with interest per payment is made, due in {@value RecoveryClaim#DAYS_TO_PAY} days, with its
     * letter.
     *
     * @param letterLanguage Swedish writes the letter in Swedish; anything else in Finnish
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL')")
    @Transactional
    public Settlement settle(long projectId, BigDecimal acceptedEligibleCosts, Locale letterLanguage) {
        new Validator().required("acceptedEligibleCosts", acceptedEligibleCosts)
                .money("acceptedEligibleCosts", acceptedEligibleCosts, Money.ABSURD).throwIfInvalid();
        settlements.lockProject(projectId);
        Optional<RecoverySettlement> earlier = settlements.findByProjectId(projectId);
        if (earlier.isPresent()) {
            return earlier.get().summary();
        }
        ProjectSummary project = projects.find(projectId)
                .orElseThrow(() -> new DomainException("recovery.error.projectNotFound", projectId));
        CallSummary call = calls.find(project.callId()).orElseThrow(() -> new DomainException("notFound"));
        ProgrammeSummary programme = programmes.find(call.programmeId()).orElseThrow(() -> new DomainException("notFound"));
        FundingRules rules = programme.fundingRules();
        List<PaidInstalment> paid = payments.ofProject(projectId).stream()
                .filter(payment -> payment.status() == PaymentStatus.PAID).map(Recoveries::paidInstalment).toList();
        BigDecimal paidSum = Money.normalise(paid.stream().map(PaidInstalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal accepted = Money.normalise(acceptedEligibleCosts);
        BigDecimal unused = paidSum.subtract(accepted).max(BigDecimal.ZERO.setScale(2));
        if (unused.compareTo(rules.recoveryThreshold()) <= 0) {
            LOG.info("Project {} settled without recovery: {} unused of {} paid is within the threshold {}", projectId,
                    unused, paidSum, rules.recoveryThreshold());
            return settlements.save(new RecoverySettlement(projectId, project.organisationId(), paidSum, accepted, unused,
                    rules.recoveryThreshold(), null)).summary();
        }
        LocalDate decisionDate = Time.now(clock).toLocalDate();
        BigDecimal rate = rules.recoveryInterestPercent();
        RecoveryClaim claim = claims.saveAndFlush(new RecoveryClaim(projectId, project.organisationId(),
                letterLanguage(letterLanguage), decisionDate, rate,
                InterestCalculation.lines(paid, unused, rate, decisionDate)));
        letters.write(claim.summary(), project, call, programme, paidSum, accepted);
        LOG.info("Project {} settled with recovery claim {}: {} unused of {} paid, {} with interest due {}", projectId,
                claim.getId(), unused, paidSum, claim.total(), claim.summary().dueDate());
        return settlements.save(new RecoverySettlement(projectId, project.organisationId(), paidSum, accepted, unused,
                rules.recoveryThreshold(), claim.getId())).summary();
    }

    private static PaidInstalment paidInstalment(PaymentSummary payment) {
        return new PaidInstalment(payment.sequence(), payment.paidAt().atZone(Time.HELSINKI).toLocalDate(), payment.amount());
    }

    /** Letters are written in Finnish or Swedish only: English-speaking users get Finnish, the main language. */
    private static String letterLanguage(Locale locale) {
        return locale != null && "sv".equals(locale.getLanguage()) ? "sv" : "fi";
    }

    /** The project's settlement, once there is one. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Settlement> settlementOf(long projectId) {
        return settlements.findByProjectId(projectId).map(settlement -> {
            requireAccess(settlement.getOrganisationId());
            return settlement.summary();
        });
    }

    /** Every settled project, newest first, including those with nothing reclaimed. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL')")
    public List<Settlement> settlements() {
        return settlements.findAllByOrderByIdDesc().stream().map(RecoverySettlement::summary).toList();
    }

    /** Claims in one status, or in any when null, earliest due first: staff see all, others their own organisations'. */
    @PreAuthorize("isAuthenticated()")
    public List<ClaimSummary> list(ClaimStatus status) {
        Set<ClaimStatus> statuses = status == null ? EnumSet.allOf(ClaimStatus.class) : EnumSet.of(status);
        if (isStaff()) {
            return summaries(claims.findByStatusInOrderByDueDateAscIdAsc(statuses));
        }
        Set<Long> own = currentUser.organisationIds();
        return own.isEmpty() ? List.of()
                : summaries(claims.findByOrganisationIdInAndStatusInOrderByDueDateAscIdAsc(own, statuses));
    }

    private static List<ClaimSummary> summaries(List<RecoveryClaim> found) {
        return found.stream().map(RecoveryClaim::summary).toList();
    }

    /** A project's claims (at most one), for its organisation and staff. */
    @PreAuthorize("isAuthenticated()")
    public List<ClaimSummary> ofProject(long projectId) {
        return claims.findByProjectId(projectId).stream().map(this::readable).toList();
    }

    /** Every claim still to be paid, earliest due first: the due dates the deadline registry follows. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL')")
    public List<ClaimSummary> open() {
        return list(ClaimStatus.OPEN);
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<ClaimSummary> find(long claimId) {
        return claims.findById(claimId).map(this::readable);
    }

    /** The letter as it was sent, as PDF. */
    @PreAuthorize("isAuthenticated()")
    public byte[] letter(long claimId) {
        readable(claims.findById(claimId).orElseThrow(() -> new DomainException("recovery.error.notFound")));
        return letters.read(claimId);
    }

    /**
     * Records that the recipient paid part or all of what is outstanding; paid in full, the
     * claim is settled and {@link RecoveryClaimSettled} published.
     *
     * @param version the claim's version the administrator saw
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ClaimSummary markPaid(long claimId, BigDecimal amount, long version) {
        return change(claimId, claim -> claim.pay(amount, Instant.now(clock), version));
    }

    /**
     * Waives part or all of what is outstanding, with a justification; reduced to zero, the claim
     * is settled and {@link RecoveryClaimSettled} published.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL')")
    @Transactional
    public ClaimSummary reduce(long claimId, BigDecimal amount, String justification, long version) {
        return change(claimId, claim -> claim.reduce(amount, justification, Instant.now(clock), version));
    }

    private ClaimSummary change(long claimId, Consumer<RecoveryClaim> change) {
        RecoveryClaim claim = claims.lock(claimId).orElseThrow(() -> new DomainException("recovery.error.notFound"));
        change.accept(claim);
        ClaimSummary changed = claims.saveAndFlush(claim).summary();
        // A settled claim refuses every change, so settled now means settled by this change.
        if (changed.status().isSettled()) {
            events.publishEvent(new RecoveryClaimSettled(changed.id(), changed.projectId()));
        }
        return changed;
    }

    private ClaimSummary readable(RecoveryClaim claim) {
        requireAccess(claim.getOrganisationId());
        return claim.summary();
    }

    private void requireAccess(long organisationId) {
        if (!currentUser.canAccessOrganisation(organisationId)) {
            throw new AccessDeniedException("recovery of organisation " + organisationId);
        }
    }

    private boolean isStaff() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.OFFICIAL) || currentUser.hasRole(Role.DECISION_MAKER);
    }
}
