package fi.avustus.funding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The charts are well-formed SVG whose every bar is titled with its category, series and value, and which is named as an image. */
class BarChartTest {

    private final BarChart chart = new BarChart(List.of("Pohjoinen & <itäinen>", "Länsi", "Länsi"),
            List.of(new BarChart.Series("Myönnetty", Color.BLUE, List.of(new BigDecimal("40000"), new BigDecimal("1000"),
                            new BigDecimal("5"))),
                    new BarChart.Series("Käytetty", Color.RED, List.of(new BigDecimal("10000"), BigDecimal.ZERO,
                            new BigDecimal("1")))),
            value -> value.toPlainString() + " €", "€", Locale.forLanguageTag("fi"), null);

    @Test
    void isAWellFormedImageNamedByItsDescription() throws Exception {
        Element svg = parse(chart.svg("chart-money", "Myönnetty ja käytetty <verkostoittain>")).getDocumentElement();

        assertThat(svg.getLocalName()).isEqualTo("svg");
        assertThat(svg.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.getAttribute("id")).isEqualTo("chart-money");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("viewBox").split(" ")).extracting(Double::valueOf)
                .containsExactly(0.0, 0.0, 760.0, (double) chart.height());
        Element title = firstElementChild(svg);
        assertThat(title.getLocalName()).isEqualTo("title");
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo(title.getAttribute("id"));
        assertThat(title.getTextContent()).isEqualTo("Myönnetty ja käytetty <verkostoittain>");
    }

    @Test
    void everyBarIsTitledWithItsCategorySeriesAndValue() throws Exception {
        Document svg = parse(chart.svg("chart-money", "Kaavio"));

        List<String> titles = new ArrayList<>();
        NodeList all = svg.getElementsByTagNameNS("*", "title");
        for (int i = 1; i < all.getLength(); i++) {
            Element title = (Element) all.item(i);
            assertThat(((Element) title.getParentNode()).getLocalName()).isEqualTo("g");
            titles.add(title.getTextContent());
        }
        assertThat(titles).containsExactlyInAnyOrder("Pohjoinen & <itäinen> – Myönnetty: 40000 €",
                "Länsi – Myönnetty: 1000 €", "Länsi – Myönnetty: 5 €", "Pohjoinen & <itäinen> – Käytetty: 10000 €",
                "Länsi – Käytetty: 0 €", "Länsi – Käytetty: 1 €");
        assertThat(svg.getElementsByTagNameNS("*", "text").getLength()).as("axis and legend texts").isPositive();
    }

    @Test
    void theInternalIdsArePrefixedSoThatTwoChartsCanShareAPage() {
        String svg = chart.svg("chart-burn", "Kaavio");
        assertThat(svg).contains("id='chart-burn-").doesNotContainPattern("id='_\\d");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element firstElementChild(Element parent) {
        for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                return element;
            }
        }
        throw new AssertionError("no child element");
    }
}
