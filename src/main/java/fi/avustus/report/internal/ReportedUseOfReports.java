package fi.avustus.report.internal;

import fi.avustus.funding.IndicatorActual;
import fi.avustus.funding.ReportedUse;
import fi.avustus.report.ReportStatus;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funding overview's reported use: costs summed over a project's submitted and accepted
 * reports; indicators as the latest of them states them (an indicator's value is where the
 * project stands at the end of the period, so values are not added up across reports).
 */
@Component
@Transactional(readOnly = true)
class ReportedUseOfReports implements ReportedUse {

    private static final EnumSet<ReportStatus> REPORTED = EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED);

    private final ReportRepository repository;

    ReportedUseOfReports(ReportRepository repository) {
        this.repository = repository;
    }

    @Override
    public Map<Long, BigDecimal> spentByProject(Collection<Long> projectIds) {
        Map<Long, BigDecimal> spent = new HashMap<>();
        if (!projectIds.isEmpty()) {
            repository.spentByProject(projectIds, REPORTED)
                    .forEach(row -> spent.put(((Number) row[0]).longValue(), (BigDecimal) row[1]));
        }
        return spent;
    }

    @Override
    public List<IndicatorActual> indicatorActuals(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        return repository.findByProjectIdInAndStatusIn(projectIds, REPORTED).stream()
                .collect(Collectors.groupingBy(Report::getProjectId,
                        Collectors.maxBy(Comparator.comparing(Report::getSubmittedAt))))
                .values().stream().flatMap(latest -> latest.stream())
                .flatMap(report -> ReportJson.read(report.getContent()).indicators().stream()
                        .map(indicator -> new IndicatorActual(report.getProjectId(), indicator.name(), indicator.unit(),
                                indicator.target(), indicator.actual())))
                .toList();
    }
}
