package fi.avustus.funding.ui;

import fi.avustus.funding.FundingFigures;
import fi.avustus.funding.IndicatorTotal;
import fi.avustus.funding.ProjectFunding;
import fi.avustus.shared.Spreadsheet.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A level of the drill-down and the columns of its tables: programmes, a programme's networks, or a
 * network's projects (with their organisation, usage period and other networks).
 */
enum Level {
    PROGRAMMES,
    NETWORKS,
    PROJECTS;

    /** An indicator of one line of the level. */
    record Indicator(String owner, IndicatorTotal total) {
    }

    /** @param texts translates a message key into the viewer's language */
    Table<Line> table(List<Line> lines, Line total, Locale locale, UnaryOperator<String> texts) {
        List<Table.Column<Line>> columns = new ArrayList<>();
        columns.add(new Table.Column<>("name", texts.apply("funding.column.name." + name()), Kind.TEXT, Line::name));
        if (this == PROJECTS) {
            columns.add(column("organisation", texts, Kind.TEXT, line -> project(line, p -> p.organisation().in(locale))));
            columns.add(column("usageStart", texts, Kind.DATE, line -> project(line, ProjectFunding::usageStart)));
            columns.add(column("usageEnd", texts, Kind.DATE, line -> project(line, ProjectFunding::usageEnd)));
            columns.add(column("otherNetworks", texts, Kind.TEXT, line -> project(line, p -> p.otherNetworks().stream()
                    .map(network -> network.in(locale)).collect(Collectors.joining(", ")))));
        }
        columns.add(figure("granted", texts, Kind.EUROS, FundingFigures::granted));
        columns.add(figure("paid", texts, Kind.EUROS, FundingFigures::paid));
        columns.add(figure("spent", texts, Kind.EUROS, FundingFigures::spent));
        columns.add(figure("remaining", texts, Kind.EUROS, FundingFigures::remaining));
        columns.add(figure("elapsedPercent", texts, Kind.PERCENT, FundingFigures::elapsedPercent));
        columns.add(figure("spentPercent", texts, Kind.PERCENT, FundingFigures::spentPercent));
        columns.add(figure("forecastUnused", texts, Kind.EUROS, FundingFigures::forecastUnused));
        return new Table<>(columns, lines, total);
    }

    /** The indicators of every line, each line's summed by name and unit. */
    Table<Indicator> indicators(List<Line> lines, UnaryOperator<String> texts) {
        List<Indicator> rows = lines.stream().flatMap(line -> line.row().indicators().stream()
                .map(indicator -> new Indicator(line.name(), indicator))).toList();
        return new Table<>(List.of(
                new Table.Column<>("owner", texts.apply("funding.column.name." + name()), Kind.TEXT, Indicator::owner),
                new Table.Column<>("indicator", texts.apply("funding.column.indicator"), Kind.TEXT,
                        indicator -> indicator.total().name()),
                new Table.Column<>("unit", texts.apply("funding.column.unit"), Kind.TEXT, indicator -> indicator.total().unit()),
                new Table.Column<>("target", texts.apply("funding.column.target"), Kind.NUMBER,
                        indicator -> indicator.total().target()),
                new Table.Column<>("actual", texts.apply("funding.column.actual"), Kind.NUMBER,
                        indicator -> indicator.total().actual()),
                new Table.Column<>("achieved", texts.apply("funding.column.achieved"), Kind.PERCENT,
                        indicator -> indicator.total().achievedPercent())), rows, null);
    }

    private static Table.Column<Line> column(String key, UnaryOperator<String> texts, Kind kind, Function<Line, Object> value) {
        return new Table.Column<>(key, texts.apply("funding.column." + key), kind, value);
    }

    private static Table.Column<Line> figure(String key, UnaryOperator<String> texts, Kind kind,
                                             Function<FundingFigures, Object> value) {
        return column(key, texts, kind, line -> value.apply(line.figures()));
    }

    /** A project's detail; nothing on the total line. */
    private static Object project(Line line, Function<ProjectFunding, Object> detail) {
        return line.row() instanceof ProjectFunding project ? detail.apply(project) : null;
    }
}
