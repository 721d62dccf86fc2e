package fi.avustus.funding.ui;

import fi.avustus.funding.FundingFigures;
import fi.avustus.shared.Money;
import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The overview's two charts for the lines of a level: money (granted, paid, reported spent) and
 * burn rate (share of the usage period elapsed against share of the grant spent). Colours keep at
 * least 3:1 contrast to the white background (WCAG 2.1 AA for graphics), and the reported spending
 * has the same colour in both.
 */
final class FundingCharts {

    static final Color GRANTED = new Color(0x1F4E79);
    static final Color PAID = new Color(0x009E73);
    static final Color SPENT = new Color(0xD55E00);
    static final Color ELAPSED = new Color(0x595959);

    private FundingCharts() {
    }

    static BarChart money(List<Line> lines, Locale locale, UnaryOperator<String> texts) {
        return new BarChart(names(lines), List.of(
                series(texts.apply("funding.column.granted"), GRANTED, lines, FundingFigures::granted),
                series(texts.apply("funding.column.paid"), PAID, lines, FundingFigures::paid),
                series(texts.apply("funding.column.spent"), SPENT, lines, FundingFigures::spent)),
                amount -> Money.format(amount, locale), "€", locale, null);
    }

    static BarChart burnRate(List<Line> lines, Locale locale, UnaryOperator<String> texts) {
        return new BarChart(names(lines), List.of(
                series(texts.apply("funding.column.elapsedPercent"), ELAPSED, lines, FundingFigures::elapsedPercent),
                series(texts.apply("funding.column.spentPercent"), SPENT, lines, FundingFigures::spentPercent)),
                percent -> Formats.percent(percent, locale), "%", locale, 100.0);
    }

    private static List<String> names(List<Line> lines) {
        return lines.stream().map(Line::name).toList();
    }

    private static BarChart.Series series(String name, Color colour, List<Line> lines,
                                          Function<FundingFigures, BigDecimal> figure) {
        return new BarChart.Series(name, colour, lines.stream().map(line -> figure.apply(line.figures())).toList());
    }
}
