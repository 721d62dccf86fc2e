package fi.avustus.funding;

import fi.avustus.application.ApplicationSummary;
import fi.avustus.application.Applications;
import fi.avustus.funding.NetworkPlacement.Placement;
import fi.avustus.organisation.NetworkSummary;
import fi.avustus.organisation.Networks;
import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.Organisations;
import fi.avustus.payment.PaymentStatus;
import fi.avustus.payment.PaymentSummary;
import fi.avustus.payment.Payments;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.ProgrammeSummary;
import fi.avustus.programme.Programmes;
import fi.avustus.project.ProjectSummary;
import fi.avustus.project.Projects;
import fi.avustus.shared.Time;
import fi.avustus.shared.TranslatedName;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The funding-use overview for administrators and officials: every funded project's figures as of
 * today (in Helsinki), by programme and network. Reads the projects, payments, programmes,
 * networks and applications through their modules, and spending and indicators through every
 * {@link ReportedUse} there is.
 */
@Service
public class FundingUse {

    private final Projects projects;
    private final Payments payments;
    private final Calls calls;
    private final Programmes programmes;
    private final Networks networks;
    private final Organisations organisations;
    private final Applications applications;
    private final List<ReportedUse> reportedUses;
    private final Clock clock;

    FundingUse(Projects projects, Payments payments, Calls calls, Programmes programmes, Networks networks,
               Organisations organisations, Applications applications, List<ReportedUse> reportedUses, Clock clock) {
        this.projects = projects;
        this.payments = payments;
        this.calls = calls;
        this.programmes = programmes;
        this.networks = networks;
        this.organisations = organisations;
        this.applications = applications;
        this.reportedUses = List.copyOf(reportedUses);
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL')")
    public FundingOverview overview() {
        List<ProjectSummary> funded = projects.all();
        List<Long> projectIds = funded.stream().map(ProjectSummary::id).toList();
        Map<Long, BigDecimal> paid = payments.list(PaymentStatus.PAID).stream().collect(Collectors.groupingBy(
                PaymentSummary::projectId, Collectors.reducing(BigDecimal.ZERO, PaymentSummary::amount, BigDecimal::add)));
        Map<Long, BigDecimal> spent = spent(projectIds);
        Map<Long, CallSummary> callsById = funded.stream().map(ProjectSummary::callId).distinct()
                .map(id -> calls.find(id).orElseThrow()).collect(Collectors.toMap(CallSummary::id, Function.identity()));
        Map<Long, TranslatedName> programmeNames = programmeNames(callsById.values());
        Map<Long, String> projectNames = projectNames(callsById.keySet());
        Map<Long, OrganisationSummary> organisationsById = organisations.findAll(funded.stream()
                        .map(ProjectSummary::organisationId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
        NetworkPlacement placement = new NetworkPlacement(networks.active());

        List<ProjectFacts> facts = funded.stream().map(project -> {
            CallSummary call = callsById.get(project.callId());
            OrganisationSummary organisation = organisationsById.get(project.organisationId());
            Placement placed = placement.of(project.organisationId());
            NetworkSummary network = placed.network();
            return new ProjectFacts(project.id(), project.applicationId(), projectNames.get(project.applicationId()),
                    new TranslatedName(organisation.nameFi(), organisation.nameSv(), null), call.programmeId(),
                    programmeNames.get(call.programmeId()), network == null ? null : network.id(),
                    network == null ? null : network.name(), placed.others().stream().map(NetworkSummary::name).toList(),
                    project.grantedAmount(), paid.getOrDefault(project.id(), BigDecimal.ZERO), spent.get(project.id()),
                    project.usageStart(), project.usageEnd());
        }).toList();
        List<IndicatorActual> indicators = projectIds.isEmpty() ? List.of()
                : reportedUses.stream().flatMap(reported -> reported.indicatorActuals(projectIds).stream()).toList();
        return new FundingCalculation(today()).overview(facts, indicators);
    }

    /** What every source reports, added up; a project no source reports on is missing. */
    private Map<Long, BigDecimal> spent(List<Long> projectIds) {
        Map<Long, BigDecimal> spent = new HashMap<>();
        if (!projectIds.isEmpty()) {
            for (ReportedUse reported : reportedUses) {
                reported.spentByProject(projectIds).forEach((projectId, amount) -> {
                    if (amount != null) {
                        spent.merge(projectId, amount, BigDecimal::add);
                    }
                });
            }
        }
        return spent;
    }

    private Map<Long, TranslatedName> programmeNames(Collection<CallSummary> calls) {
        Set<Long> ids = calls.stream().map(CallSummary::programmeId).collect(Collectors.toSet());
        return ids.stream().map(id -> programmes.find(id).orElseThrow())
                .collect(Collectors.toMap(ProgrammeSummary::id, ProgrammeSummary::name));
    }

    /** The projects' names as their applications give them, by application id. */
    private Map<Long, String> projectNames(Collection<Long> callIds) {
        Map<Long, String> names = new HashMap<>();
        for (long callId : callIds) {
            for (ApplicationSummary application : applications.ofCall(callId).applications()) {
                if (application.projectName() != null && !application.projectName().isBlank()) {
                    names.put(application.id(), application.projectName().strip());
                }
            }
        }
        return names;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Time.HELSINKI));
    }
}
