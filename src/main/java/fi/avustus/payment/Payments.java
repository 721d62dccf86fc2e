package fi.avustus.payment;

import fi.avustus.payment.internal.PaymentAccount;
import fi.avustus.payment.internal.PaymentAccountRepository;
import fi.avustus.payment.internal.PaymentInstalment;
import fi.avustus.payment.internal.PaymentInstalmentRepository;
import fi.avustus.project.ProjectCreated;
import fi.avustus.review.Decisions;
import fi.avustus.review.Instalment;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.SystemUser;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A funded project's instalments: created from the decision's payment plan with the project,
 * approved by officials, marked paid by administrators. Approved and paid instalments never add
 * up to more than the granted sum: changes to one project's instalments take the project's
 * account row lock in turn, and a database trigger checks the sum behind them.
 */
@Service
@Transactional(readOnly = true)
public class Payments {

    private final PaymentAccountRepository accounts;
    private final PaymentInstalmentRepository instalments;
    private final Decisions decisions;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Payments(PaymentAccountRepository accounts, PaymentInstalmentRepository instalments, Decisions decisions,
             CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.instalments = instalments;
        this.decisions = decisions;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The decision's payment plan becomes the project's instalments, in the project's transaction.
     * A new project rather than the decision itself is the trigger: the instalments need the
     * project's id, and listeners of one event run in no promised order.
     */
    @EventListener
    @Transactional
    public void on(ProjectCreated project) {
        if (accounts.existsById(project.projectId())) {
            return;
        }
        accounts.save(new PaymentAccount(project.projectId(), project.organisationId(), project.grantedAmount()));
        List<Instalment> plan = SystemUser.call(() -> decisions.find(project.decisionId()).orElseThrow()).instalments();
        for (int i = 0; i < plan.size(); i++) {
            Instalment planned = plan.get(i);
            instalments.save(new PaymentInstalment(project.projectId(), i + 1, planned.dueDate(),
                    Money.normalise(planned.amount())));
        }
    }

    /** A project's instalments in order: staff see every project's, applicants their own organisations'. */
    @PreAuthorize("isAuthenticated()")
    public List<PaymentSummary> ofProject(long projectId) {
        PaymentAccount account = accounts.findById(projectId).orElse(null);
        if (account == null) {
            return List.of();
        }
        if (!currentUser.canAccessOrganisation(account.getOrganisationId())) {
            throw new AccessDeniedException("payments of project " + projectId);
        }
        return instalments.findByProjectIdOrderBySequence(projectId).stream()
                .map(instalment -> instalment.summary(account.getOrganisationId())).toList();
    }

    /**
     * How much has been paid to each of these projects, summed in the database; projects with
     * nothing paid are left out. For overviews, which need the sums and not the instalments.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL', 'DECISION_MAKER')")
    public Map<Long, BigDecimal> paidByProject(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        return instalments.paidByProject(Set.copyOf(projectIds)).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (BigDecimal) row[1]));
    }

    /** Every project's instalments in one status, or in any status when null, earliest due first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL', 'DECISION_MAKER')")
    public List<PaymentSummary> list(PaymentStatus status) {
        List<PaymentInstalment> found = instalments.findByStatusInOrderByDueDateAscProjectIdAscSequenceAsc(
                status == null ? EnumSet.allOf(PaymentStatus.class) : EnumSet.of(status));
        Map<Long, Long> organisations = accounts.findAllById(found.stream().map(PaymentInstalment::getProjectId)
                .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(PaymentAccount::getProjectId, PaymentAccount::getOrganisationId));
        return found.stream().map(instalment -> instalment.summary(organisations.get(instalment.getProjectId()))).toList();
    }

    /**
     * Approves an instalment for payment, if the project's approved and paid instalments with it
     * stay within the granted sum.
     *
     * @param version the instalment's version the approver saw
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL')")
    @Transactional
    public PaymentSummary approve(long instalmentId, long version) {
        PaymentSummary approved = change(instalmentId, (account, instalment) -> {
            BigDecimal committed = instalments.committed(account.getProjectId());
            instalment.approve(currentUser.requireUsername(), Instant.now(clock), version);
            if (committed.add(instalment.getAmount()).compareTo(account.getGrantedAmount()) > 0) {
                throw new DomainException("payment.error.exceedsGranted", Money.format(account.getGrantedAmount()),
                        Money.format(committed));
            }
        });
        events.publishEvent(new InstalmentApproved(approved.id(), approved.projectId(), approved.sequence()));
        return approved;
    }

    /**
     * Settles the instalments not yet approved against what the project may still be paid in
     * all (the final report's accepted costs, at most the grant): the first of them keeps what is
     * still payable, the others are cancelled.
     *
     * @return the instalment left to approve, if anything is still payable
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL')")
    @Transactional
    public Optional<PaymentSummary> settleRemaining(long projectId, BigDecimal payableInAll) {
        PaymentAccount account = accounts.lock(projectId).orElseThrow();
        BigDecimal payable = payableInAll.min(account.getGrantedAmount()).subtract(instalments.committed(projectId))
                .max(BigDecimal.ZERO);
        PaymentSummary left = null;
        boolean first = true;
        for (PaymentInstalment instalment : instalments.findByProjectIdOrderBySequence(projectId)) {
            if (instalment.getStatus() != PaymentStatus.PLANNED) {
                continue;
            }
            instalment.settleTo(first ? payable : BigDecimal.ZERO);
            PaymentSummary settled = instalments.saveAndFlush(instalment).summary(account.getOrganisationId());
            if (first && settled.status() == PaymentStatus.PLANNED) {
                left = settled;
            }
            first = false;
        }
        return Optional.ofNullable(left);
    }

    /** Records that the finance system paid an approved instalment. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PaymentSummary markPaid(long instalmentId, long version) {
        return change(instalmentId,
                (account, instalment) -> instalment.markPaid(currentUser.requireUsername(), Instant.now(clock), version));
    }

    /**
     * Locks the project's account before the instalment is read, so that what the change checks
     * (its status, the project's committed sum) is what the previous holder of the lock left.
     */
    private PaymentSummary change(long instalmentId, BiConsumer<PaymentAccount, PaymentInstalment> change) {
        long projectId = instalments.projectOf(instalmentId)
                .orElseThrow(() -> new DomainException("payment.error.notFound", instalmentId));
        PaymentAccount account = accounts.lock(projectId).orElseThrow();
        PaymentInstalment instalment = instalments.findById(instalmentId).orElseThrow();
        change.accept(account, instalment);
        return instalments.saveAndFlush(instalment).summary(account.getOrganisationId());
    }
}
