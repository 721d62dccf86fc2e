package fi.avustus.funding.ui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.ItemKey;
import org.jfree.data.KeyedValues2DItemKey;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * A horizontal bar chart drawn on the server as an SVG element, to be placed inline in a page: bars
 * for each category (a programme, network or project) and series (e.g. granted, paid, spent). Each
 * bar carries a {@code <title>} with its category, series and value, which browsers show on hover;
 * the whole chart is one image for screen readers, named by its description, since the same
 * figures are in the table next to it.
 */
final class BarChart {

    /** One kind of bar: its name in the legend, its colour, and a value per category (null draws none). */
    record Series(String name, Color colour, List<BigDecimal> values) {
    }

    private static final int WIDTH = 760;
    private static final int BAR = 14;
    private static final int CATEGORY_GAP = 14;
    /** Axis, legend and margins. */
    private static final int FRAME = 90;
    private static final Color TEXT = new Color(0x33, 0x33, 0x33);
    private static final Color GRID = new Color(0xBB, 0xBB, 0xBB);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private final List<String> categories;
    private final List<Series> series;
    private final Function<BigDecimal, String> format;
    private final String axisLabel;
    private final NumberFormat tickFormat;
    private final Double minimumUpperBound;

    /**
     * @param format            a value as the bar's title shows it
     * @param axisLabel         the unit on the value axis, e.g. "€" or "%"
     * @param minimumUpperBound the value axis goes at least this far (100 for percentages), or null
     */
    BarChart(List<String> categories, List<Series> series, Function<BigDecimal, String> format, String axisLabel,
             Locale locale, Double minimumUpperBound) {
        this.categories = List.copyOf(categories);
        this.series = List.copyOf(series);
        this.format = format;
        this.axisLabel = axisLabel;
        this.tickFormat = NumberFormat.getNumberInstance(locale);
        this.tickFormat.setMaximumFractionDigits(0);
        this.minimumUpperBound = minimumUpperBound;
    }

    int height() {
        return FRAME + categories.size() * (series.size() * BAR + CATEGORY_GAP);
    }

    /**
     * The {@code <svg>} element, scaled to its container's width.
     *
     * @param id          unique in the page: it also prefixes the chart's internal ids
     * @param description the chart's text alternative
     */
    String svg(String id, String description) {
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, height());
        g2.setDefsKeyPrefix(id + "-");
        chart().draw(g2, new Rectangle(0, 0, WIDTH, height()));
        String svg = g2.getSVGElement(id, false, new ViewBox(0, 0, WIDTH, height()), null, null);
        String titleId = id + "-title";
        int openingEnd = svg.indexOf('>');
        return svg.substring(0, openingEnd) + " role='img' aria-labelledby='" + titleId + "'>"
                + "<title id='" + titleId + "'>" + escape(description) + "</title>" + svg.substring(openingEnd + 1);
    }

    private JFreeChart chart() {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Series one : series) {
            for (int i = 0; i < categories.size(); i++) {
                BigDecimal value = one.values().get(i);
                dataset.addValue(value, one.name(), new Category(i, categories.get(i)));
            }
        }
        TitledBarRenderer renderer = new TitledBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        renderer.setDefaultItemLabelsVisible(false);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, series.get(i).colour());
        }

        CategoryAxis categoryAxis = new CategoryAxis();
        categoryAxis.setMaximumCategoryLabelWidthRatio(0.35f);
        categoryAxis.setMaximumCategoryLabelLines(2);
        categoryAxis.setTickLabelFont(LABEL);
        categoryAxis.setTickLabelPaint(TEXT);
        categoryAxis.setCategoryMargin(0.15);
        NumberAxis valueAxis = new NumberAxis(axisLabel);
        valueAxis.setNumberFormatOverride(tickFormat);
        valueAxis.setTickLabelFont(LABEL);
        valueAxis.setTickLabelPaint(TEXT);
        valueAxis.setLabelFont(LABEL);
        valueAxis.setLabelPaint(TEXT);
        if (minimumUpperBound != null) {
            double highest = dataset.getRowCount() == 0 ? 0 : series.stream().flatMap(one -> one.values().stream())
                    .filter(java.util.Objects::nonNull).mapToDouble(BigDecimal::doubleValue).max().orElse(0);
            valueAxis.setRange(0, Math.max(minimumUpperBound, highest * 1.05));
        }

        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        // Below the bars, where the eye ends up after reading them; the legend is above.
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);

        JFreeChart chart = new JFreeChart(null, LABEL, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setElementHinting(true);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(LABEL);
        legend.setItemPaint(TEXT);
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.TOP);
        return chart;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")
                .replace("\"", "&quot;");
    }

    /**
     * A category as the dataset's key: by position, so that two projects of the same name stay two
     * bars; shown by its label.
     */
    private record Category(int index, String label) implements Comparable<Category> {

        @Override
        public int compareTo(Category other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Titles each bar: the SVG target writes the title into the group JFreeChart opens for the bar. */
    private final class TitledBarRenderer extends BarRenderer {

        @Override
        protected void beginElementGroup(Graphics2D g2, ItemKey key) {
            super.beginElementGroup(g2, key);
            if (key instanceof KeyedValues2DItemKey<?, ?> item && item.getColumnKey() instanceof Category category) {
                String seriesName = (String) item.getRowKey();
                Series one = series.stream().filter(candidate -> candidate.name().equals(seriesName)).findFirst()
                        .orElseThrow();
                g2.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, category.label() + " – " + one.name() + ": "
                        + format.apply(one.values().get(category.index())));
            }
        }
    }
}
