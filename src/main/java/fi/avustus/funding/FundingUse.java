package fi.avustus.funding;

import fi.avustus.funding.NetworkPlacement.Placement;
import fi.avustus.organisation.NetworkSummary;
import fi.avustus.organisation.Networks;
import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.Organisations;
import fi.avustus.payment.Payments;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.project.ProjectFilter;
import fi.avustus.project.ProjectSummary;
import fi.avustus.project.Projects;
import fi.avustus.shared.Time;
import fi.avustus.shared.TranslatedName;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The funding-use overview for administrators and officials: every funded project's figures as of
 * today (in Helsinki), by programme and network. Reads the projects (with their names), payments,
 * calls (with their programmes' names) and networks through their modules, and spending and indicators through every
 * {@link ReportedUse} there is.
 */
@Service
public class FundingUse {

    private final Projects projects;
    private final Payments payments;
    private final Calls calls;
    private final Networks networks;
    private final Organisations organisations;
    private final List<ReportedUse> reportedUses;
    private final Clock clock;

    FundingUse(Projects projects, Payments payments, Calls calls, Networks networks,
               Organisations organisations, List<ReportedUse> reportedUses, Clock clock) {
        this.projects = projects;
        this.payments = payments;
        this.calls = calls;
        this.networks = networks;
        this.organisations = organisations;
        this.reportedUses = List.copyOf(reportedUses);
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL')")
    public FundingOverview overview() {
        List<ProjectSummary> funded = projects.all();
        return overview(funded, calls.findAllPublished(funded.stream().map(ProjectSummary::callId).distinct().toList()));
    }

    /**
     * The overview of one programme alone: the same figures as its part of {@link #overview()},
     * read from its own projects only, so that a programme's screen costs what the programme has,
     * not what every programme has.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL')")
    public FundingOverview overview(long programmeId) {
        List<ProjectSummary> funded = projects.list(new ProjectFilter(programmeId, null, null),
                Pageable.unpaged(Sort.by("id"))).getContent();
        return overview(funded, calls.ofProgramme(programmeId));
    }

    private FundingOverview overview(List<ProjectSummary> funded, List<CallSummary> theirCalls) {
        List<Long> projectIds = funded.stream().map(ProjectSummary::id).toList();
        Map<Long, BigDecimal> paid = payments.paidByProject(projectIds);
        Map<Long, BigDecimal> spent = spent(projectIds);
        Map<Long, CallSummary> callsById = theirCalls.stream().collect(Collectors.toMap(CallSummary::id, Function.identity()));
        Map<Long, OrganisationSummary> organisationsById = organisations.findAll(funded.stream()
                        .map(ProjectSummary::organisationId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
        NetworkPlacement placement = new NetworkPlacement(networks.active());

        List<ProjectFacts> facts = funded.stream().map(project -> {
            CallSummary call = callsById.get(project.callId());
            OrganisationSummary organisation = organisationsById.get(project.organisationId());
            Placement placed = placement.of(project.organisationId());
            NetworkSummary network = placed.network();
            return new ProjectFacts(project.id(), project.applicationId(), project.name(),
                    new TranslatedName(organisation.nameFi(), organisation.nameSv(), null), call.programmeId(),
                    call.programmeName(), network == null ? null : network.id(),
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

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Time.HELSINKI));
    }
}
