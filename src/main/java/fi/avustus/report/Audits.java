package fi.avustus.report;

import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.project.ProjectSummary;
import fi.avustus.project.Projects;
import fi.avustus.report.internal.Report;
import fi.avustus.report.internal.ReportAudit;
import fi.avustus.report.internal.ReportAuditRepository;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.SystemUser;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Money;
import fi.avustus.shared.Time;
import fi.avustus.shared.Validator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audits of final reports: administrators pick a programme's submitted final reports at random
 * or by risk, and record what each audit found. Ineligible costs found reduce what the project
 * is settled with, when the project still waits for its settlement.
 */
@Service
@Transactional(readOnly = true)
public class Audits {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReportAuditRepository repository;
    private final Reports reports;
    private final Projects projects;
    private final Calls calls;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Audits(ReportAuditRepository repository, Reports reports, Projects projects, Calls calls, CurrentUser currentUser,
           ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.reports = reports;
        this.projects = projects;
        this.calls = calls;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Picks final reports of the programme not picked before; returns the audits made now. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public List<AuditSummary> sample(AuditSampling sampling) {
        Validator validator = new Validator();
        if (sampling.random()) {
            validator.required("percent", sampling.percent());
            validator.check(sampling.percent() == null || (sampling.percent() >= 1 && sampling.percent() <= 100),
                    "percent", "reportAudit.percent.range");
        } else {
            if (sampling.risks().contains(AuditReason.LARGE_GRANT)) {
                validator.required("largeGrantFrom", sampling.largeGrantFrom())
                        .money("largeGrantFrom", sampling.largeGrantFrom(), Money.ABSURD);
            }
            if (sampling.risks().contains(AuditReason.DEVIATION)) {
                validator.required("deviationPercent", sampling.deviationPercent());
                validator.check(sampling.deviationPercent() == null || sampling.deviationPercent() >= 1,
                        "deviationPercent", "reportAudit.percent.range");
            }
        }
        validator.throwIfInvalid();
        List<Report> candidates = new ArrayList<>(repository.candidates(callsOf(sampling.programmeId())));
        List<ReportAudit> picked = new ArrayList<>();
        if (sampling.random()) {
            Collections.shuffle(candidates, RANDOM);
            int count = (int) Math.ceil(candidates.size() * sampling.percent() / 100.0);
            candidates.subList(0, count).forEach(report ->
                    picked.add(new ReportAudit(report.getId(), report.getProjectId(), AuditReason.RANDOM)));
        } else {
            for (Report report : candidates) {
                riskOf(report, sampling).ifPresent(reason ->
                        picked.add(new ReportAudit(report.getId(), report.getProjectId(), reason)));
            }
        }
        return repository.saveAll(picked).stream().map(ReportAudit::summary).toList();
    }

    private Optional<AuditReason> riskOf(Report report, AuditSampling sampling) {
        ProjectSummary project = SystemUser.call(() -> projects.find(report.getProjectId()).orElseThrow());
        for (AuditReason risk : sampling.risks()) {
            boolean found = switch (risk) {
                case LARGE_GRANT -> project.grantedAmount().compareTo(sampling.largeGrantFrom()) >= 0;
                case LATE_REPORT -> report.getSubmittedAt() != null
                        && report.getSubmittedAt().atZone(Time.HELSINKI).toLocalDate().isAfter(report.getDueDate());
                case DEVIATION -> deviationPercent(reports.reportedSpent(project.id()), project.grantedAmount())
                        .compareTo(BigDecimal.valueOf(sampling.deviationPercent())) >= 0;
                case RANDOM -> false;
            };
            if (found) {
                return Optional.of(risk);
            }
        }
        return Optional.empty();
    }

    static BigDecimal deviationPercent(BigDecimal reported, BigDecimal granted) {
        if (granted.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return reported.subtract(granted).abs().multiply(BigDecimal.valueOf(100)).divide(granted, 1, RoundingMode.HALF_UP);
    }

    /** The programme's audits, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditSummary> ofProgramme(long programmeId) {
        return repository.findByCalls(callsOf(programmeId)).stream().map(ReportAudit::summary).toList();
    }

    /** Records what the audit found: nothing, or costs found ineligible with what was wrong. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AuditSummary record(long auditId, AuditResult result, BigDecimal ineligibleCosts, String findings, long version) {
        ReportAudit audit = repository.findById(auditId).orElseThrow(() -> new DomainException("reportAudit.error.notFound"));
        Validator validator = new Validator().required("result", result).maxLength("findings", findings, Validator.TEXT_MAX);
        if (result == AuditResult.FINDINGS) {
            BigDecimal reported = reports.reportedSpent(audit.getProjectId());
            validator.required("ineligibleCosts", ineligibleCosts)
                    .money("ineligibleCosts", ineligibleCosts, Money.ABSURD)
                    .requiredText("findings", findings, Validator.TEXT_MAX);
            validator.check(ineligibleCosts == null || ineligibleCosts.compareTo(reported) <= 0, "ineligibleCosts",
                    "reportAudit.ineligible.overReported", Money.format(reported));
        }
        validator.throwIfInvalid();
        audit.record(result, Money.normalise(ineligibleCosts), findings, currentUser.requireUsername(),
                Instant.now(clock), version);
        ReportAudit saved = repository.saveAndFlush(audit);
        events.publishEvent(new AuditRecorded(saved.getId(), saved.getReportId(), saved.getProjectId()));
        return saved.summary();
    }

    /** Whether the project's final report is picked for audit and the result is not in yet. */
    public boolean pending(long projectId) {
        return repository.findByProjectId(projectId).map(audit -> audit.getResult() == null).orElse(false);
    }

    /** Costs the project's audit found ineligible; nothing when it had no audit or no findings. */
    public BigDecimal ineligibleCosts(long projectId) {
        return repository.findByProjectId(projectId).map(ReportAudit::getIneligibleCosts).orElse(BigDecimal.ZERO);
    }

    private List<Long> callsOf(long programmeId) {
        return SystemUser.call(() -> calls.ofProgramme(programmeId)).stream().map(CallSummary::id).toList();
    }
}
