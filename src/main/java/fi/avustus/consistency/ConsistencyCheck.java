package fi.avustus.consistency;

import fi.avustus.actionplan.process.DocumentProcesses;
import fi.avustus.application.process.GrantApplicationProcess;
import fi.avustus.approval.SteeringGroupApprovalProcess;
import fi.avustus.changerequest.ChangeRequestProcess;
import fi.avustus.consistency.internal.CaseQueries;
import fi.avustus.consistency.internal.CaseQueries.CaseTable;
import fi.avustus.consistency.internal.ProcessInstances;
import fi.avustus.report.process.ProjectReportingProcess;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks every {@link ConsistencyRule} and reports how many cases break each. All queries read
 * one snapshot of the database (the engine shares the application's transaction), so work
 * committed while the check runs cannot make a case look half-written. Read-only: it repairs
 * nothing. For administrators; work no person started (the command, tests) runs it as the
 * system user.
 */
@Service
public class ConsistencyCheck {

    /** How many offending cases a result names. */
    public static final int EXAMPLES = 5;

    private final CaseQueries cases;
    private final ProcessInstances processes;
    private final Clock clock;

    ConsistencyCheck(CaseQueries cases, ProcessInstances processes, Clock clock) {
        this.cases = cases;
        this.processes = processes;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ConsistencyReport run() {
        return new ConsistencyReport(clock.instant(), List.of(
                result(ConsistencyRule.APPLICATION_WITHOUT_PROCESS, applicationsWithoutProcess()),
                result(ConsistencyRule.PROCESS_WITHOUT_CASE, processesWithoutCase()),
                result(ConsistencyRule.PAYMENTS_OVER_GRANT, cases.projectsPaidOverGrant()),
                result(ConsistencyRule.MAIL_LOST, cases.lostMails()),
                result(ConsistencyRule.MESSAGE_MAILED_TWICE, cases.messagesMailedTwice())));
    }

    private List<Long> applicationsWithoutProcess() {
        Set<String> started = processes.businessKeysEverStarted(GrantApplicationProcess.KEY);
        Instant historyKeptSince = processes.historyTimeToLive(GrantApplicationProcess.KEY)
                .map(clock.instant()::minus).orElse(Instant.EPOCH);
        return cases.submittedApplications(historyKeptSince).stream()
                .filter(id -> !started.contains(String.valueOf(id))).toList();
    }

    private List<String> processesWithoutCase() {
        List<String> orphans = new ArrayList<>();
        orphans.addAll(withoutCase(GrantApplicationProcess.KEY, ids -> cases.existing(CaseTable.APPLICATION, ids)));
        orphans.addAll(withoutCase(ProjectReportingProcess.KEY, ids -> cases.existing(CaseTable.PROJECT, ids)));
        orphans.addAll(withoutCase(ChangeRequestProcess.KEY, ids -> cases.existing(CaseTable.CHANGE_REQUEST, ids)));
        for (DocumentProcesses.Key document : DocumentProcesses.Key.values()) {
            orphans.addAll(withoutCase(document.processKey(),
                    ids -> cases.existingDocuments(document.type().name(), ids)));
        }
        // An approval is called for any kind of document; its own case is the round it opened.
        List<ProcessInstance> approvals = processes.running(SteeringGroupApprovalProcess.KEY);
        Set<String> withRound = cases.approvalRoundProcesses(approvals.stream().map(ProcessInstance::getId).toList());
        approvals.stream().filter(instance -> !withRound.contains(instance.getId()))
                .map(instance -> describe(SteeringGroupApprovalProcess.KEY, instance)).forEach(orphans::add);
        return orphans;
    }

    /** The running instances of a process whose business key names no existing case. */
    private List<String> withoutCase(String processKey, Function<Collection<Long>, Set<Long>> existing) {
        List<ProcessInstance> running = processes.running(processKey);
        Set<Long> found = existing.apply(running.stream().map(ConsistencyCheck::caseId).filter(Objects::nonNull).toList());
        return running.stream().filter(instance -> {
            Long caseId = caseId(instance);
            return caseId == null || !found.contains(caseId);
        }).map(instance -> describe(processKey, instance)).toList();
    }

    private static Long caseId(ProcessInstance instance) {
        try {
            return instance.getBusinessKey() == null ? null : Long.valueOf(instance.getBusinessKey());
        } catch (NumberFormatException notACaseId) {
            return null;
        }
    }

    /** The process, its business key and its instance id, as Cockpit finds them. */
    private static String describe(String processKey, ProcessInstance instance) {
        return processKey + " " + instance.getBusinessKey() + " (" + instance.getId() + ")";
    }

    private static RuleResult result(ConsistencyRule rule, List<?> offending) {
        return new RuleResult(rule, offending.size(), offending.stream().limit(EXAMPLES).map(String::valueOf).toList());
    }
}
