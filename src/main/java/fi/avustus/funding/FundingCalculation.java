package fi.avustus.funding;

import fi.avustus.shared.Money;
import fi.avustus.shared.TranslatedName;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.Collator;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Works out the overview's figures from the projects' facts, as of one day, and sums them up to
 * networks, programmes and the whole.
 * <p>
 * <b>Usage period elapsed</b>: the days of the usage period before {@code today} out of all its days
 * (the last day included), so 0 % until it starts and 100 % from the day after it ends.
 * <p>
 * <b>Forecast of unused funds</b>: spending is assumed to go on at the pace it has had, so the
 * reported spending is extrapolated linearly to the end of the usage period (spent ÷ share of the
 * period elapsed), capped at the grant; what the grant leaves over is the forecast. After the usage
 * period it is simply granted − spent. There is no forecast before any spending is reported, nor
 * before the usage period starts: a pace cannot be measured from nothing. Reports lag behind
 * spending, so the forecast rather overestimates what will be left.
 */
final class FundingCalculation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final Collator FINNISH = Collator.getInstance(Locale.forLanguageTag("fi"));

    /** Projects in no network are grouped under this key, which no network has. */
    private static final long NO_NETWORK = Long.MIN_VALUE;

    private static final Comparator<TranslatedName> BY_FINNISH_NAME = Comparator.comparing(TranslatedName::fi, FINNISH);
    private static final Comparator<ProgrammeFunding> PROGRAMMES = Comparator.comparing(ProgrammeFunding::name,
            BY_FINNISH_NAME).thenComparingLong(ProgrammeFunding::programmeId);
    /** "No network" last. */
    private static final Comparator<NetworkFunding> NETWORKS = Comparator.comparing(NetworkFunding::name,
            Comparator.nullsLast(BY_FINNISH_NAME)).thenComparing(NetworkFunding::networkId,
            Comparator.nullsLast(Comparator.naturalOrder()));
    private static final Comparator<ProjectFunding> PROJECTS = Comparator.comparing(ProjectFunding::name,
            Comparator.nullsLast(FINNISH)).thenComparingLong(ProjectFunding::projectId);

    private final LocalDate today;

    FundingCalculation(LocalDate today) {
        this.today = today;
    }

    FundingOverview overview(List<ProjectFacts> projects, List<IndicatorActual> indicators) {
        Map<Long, List<IndicatorActual>> indicatorsByProject = indicators.stream()
                .collect(Collectors.groupingBy(IndicatorActual::projectId));
        List<Measured<ProjectFunding>> measured = projects.stream().map(project -> measure(project,
                indicatorsByProject.getOrDefault(project.projectId(), List.of()))).toList();

        List<Measured<ProgrammeFunding>> programmes = new ArrayList<>();
        groupBy(measured, m -> m.facts().programmeId()).forEach((programmeId, ofProgramme) -> {
            List<Measured<NetworkFunding>> networks = new ArrayList<>();
            groupBy(ofProgramme, m -> Objects.requireNonNullElse(m.facts().networkId(), NO_NETWORK))
                    .forEach((networkId, ofNetwork) -> {
                        ProjectFacts first = ofNetwork.get(0).facts();
                        networks.add(sum(ofNetwork, (figures, indicatorTotals) -> new NetworkFunding(
                                first.networkId(), first.network(), figures, indicatorTotals,
                                ofNetwork.stream().map(Measured::row).sorted(PROJECTS).toList())));
                    });
            ProjectFacts first = ofProgramme.get(0).facts();
            programmes.add(sum(networks, (figures, indicatorTotals) -> new ProgrammeFunding(programmeId,
                    first.programme(), figures, indicatorTotals,
                    networks.stream().map(Measured::row).sorted(NETWORKS).toList())));
        });
        Measured<FundingOverview> all = sum(programmes, (figures, indicatorTotals) -> new FundingOverview(today,
                figures, indicatorTotals, programmes.stream().map(Measured::row).sorted(PROGRAMMES).toList()));
        return all.row();
    }

    /**
     * A row with what summing needs besides its figures: the grant-weighted elapsed share and the
     * indicator actuals of its projects; a project's row also keeps its facts, to be grouped by.
     */
    private record Measured<R>(R row, ProjectFacts facts, BigDecimal grantedTimesElapsed,
                               List<IndicatorActual> indicators, FundingFigures figures) {
    }

    private Measured<ProjectFunding> measure(ProjectFacts project, List<IndicatorActual> indicators) {
        BigDecimal granted = Money.normalise(project.granted());
        BigDecimal spent = project.spent() == null ? Money.normalise(BigDecimal.ZERO) : Money.normalise(project.spent());
        BigDecimal elapsed = elapsedShare(project.usageStart(), project.usageEnd(), today);
        FundingFigures figures = new FundingFigures(granted, Money.normalise(project.paid()), spent,
                granted.subtract(spent), percent(elapsed), share(spent, granted),
                forecastUnused(granted, project.spent(), elapsed), spent.signum() != 0);
        ProjectFunding row = new ProjectFunding(project.projectId(), project.applicationId(), project.name(),
                project.organisation(), project.usageStart(), project.usageEnd(), project.otherNetworks(), figures,
                totals(indicators));
        return new Measured<>(row, project, granted.multiply(elapsed, PRECISION), indicators, figures);
    }

    /** The share (0…1) of the usage period before {@code today}, the last day of the period included in it. */
    static BigDecimal elapsedShare(LocalDate start, LocalDate end, LocalDate today) {
        long days = Math.max(1, ChronoUnit.DAYS.between(start, end) + 1);
        long passed = Math.min(days, Math.max(0, ChronoUnit.DAYS.between(start, today)));
        return BigDecimal.valueOf(passed).divide(BigDecimal.valueOf(days), PRECISION);
    }

    /** See the class comment; null when there is nothing to extrapolate from. */
    static BigDecimal forecastUnused(BigDecimal granted, BigDecimal spent, BigDecimal elapsedShare) {
        if (spent == null || spent.signum() <= 0 || elapsedShare.signum() <= 0) {
            return null;
        }
        BigDecimal atEnd = spent.divide(elapsedShare, PRECISION).min(granted);
        return Money.normalise(granted.subtract(atEnd).max(BigDecimal.ZERO));
    }

    private interface RowBuilder<R> {
        R build(FundingFigures figures, List<IndicatorTotal> indicators);
    }

    private <R> Measured<R> sum(List<? extends Measured<?>> parts, RowBuilder<R> builder) {
        BigDecimal granted = total(parts, FundingFigures::granted);
        BigDecimal spent = total(parts, FundingFigures::spent);
        BigDecimal weighted = parts.stream().map(Measured::grantedTimesElapsed).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> forecasts = parts.stream().map(part -> part.figures().forecastUnused()).filter(Objects::nonNull)
                .toList();
        FundingFigures figures = new FundingFigures(granted, total(parts, FundingFigures::paid), spent,
                granted.subtract(spent), granted.signum() == 0 ? null : percent(weighted.divide(granted, PRECISION)),
                share(spent, granted),
                forecasts.isEmpty() ? null : forecasts.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                parts.stream().anyMatch(part -> part.figures().reported()));
        List<IndicatorActual> indicators = parts.stream().flatMap(part -> part.indicators().stream()).toList();
        return new Measured<>(builder.build(figures, totals(indicators)), null, weighted, indicators, figures);
    }

    private static BigDecimal total(List<? extends Measured<?>> parts, Function<FundingFigures, BigDecimal> figure) {
        return Money.normalise(parts.stream().map(part -> figure.apply(part.figures()))
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** Indicators of the same name and unit (ignoring case and surrounding blanks) add up. */
    static List<IndicatorTotal> totals(Collection<IndicatorActual> actuals) {
        Map<List<String>, List<IndicatorActual>> byIndicator = actuals.stream().collect(Collectors.groupingBy(
                actual -> List.of(key(actual.name()), key(actual.unit())), LinkedHashMap::new, Collectors.toList()));
        return byIndicator.values().stream().map(same -> {
                    // The spelling of the earliest project, so that the name does not change with the grouping.
                    IndicatorActual named = same.stream().min(Comparator.comparingLong(IndicatorActual::projectId))
                            .orElseThrow();
                    return new IndicatorTotal(text(named.name()), text(named.unit()),
                            sumOrNull(same.stream().map(IndicatorActual::target).toList()),
                            sumOrNull(same.stream().map(IndicatorActual::actual).toList()));
                })
                .sorted(Comparator.comparing(IndicatorTotal::name, FINNISH).thenComparing(IndicatorTotal::unit, FINNISH))
                .toList();
    }

    private static String key(String text) {
        return text(text).toLowerCase(Locale.ROOT);
    }

    private static String text(String text) {
        return text == null ? "" : text.strip();
    }

    private static BigDecimal sumOrNull(List<BigDecimal> values) {
        return values.stream().filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : percent(part.divide(whole, PRECISION));
    }

    private static BigDecimal percent(BigDecimal share) {
        return share.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
    }

    private static <K> Map<K, List<Measured<ProjectFunding>>> groupBy(List<Measured<ProjectFunding>> rows,
                                                                      Function<Measured<ProjectFunding>, K> key) {
        return rows.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }
}
