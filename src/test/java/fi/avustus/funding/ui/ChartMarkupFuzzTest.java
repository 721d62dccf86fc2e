package fi.avustus.funding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.shared.HostileInput;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The funding charts are the one place where the UI puts markup into a page (as the inner HTML of
 * {@link InlineSvg}), and their bars are titled with names that people typed (programmes,
 * networks, projects). Whatever a name holds, the chart stays well-formed SVG of drawing
 * elements only: no script, no event handler, no foreign element.
 */
class ChartMarkupFuzzTest {

    private static final Set<String> DRAWING = Set.of("svg", "title", "desc", "defs", "g", "rect", "path", "line", "text",
            "clipPath", "linearGradient", "radialGradient", "stop", "polygon", "polyline", "circle", "ellipse", "image");
    private static final int NAME_MAX = 300;

    @Property(tries = 60)
    void namesInAChartStayText(@ForAll("names") String name, @ForAll("names") String otherName) throws Exception {
        BarChart chart = new BarChart(List.of(name, otherName), List.of(new BarChart.Series(name, Color.BLUE,
                List.of(new BigDecimal("1000.00"), new BigDecimal("250.50")))), amount -> name + " " + amount, "€",
                Locale.forLanguageTag("fi"), null);
        Document svg = parse(chart.svg("chart", name));
        Set<String> elements = new HashSet<>();
        NodeList all = svg.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            elements.add(all.item(i).getLocalName());
            org.w3c.dom.NamedNodeMap attributes = all.item(i).getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                assertThat(attributes.item(a).getNodeName().toLowerCase(Locale.ROOT)).doesNotStartWith("on");
            }
        }
        assertThat(elements).isSubsetOf(DRAWING);
    }

    /**
     * Names of a length a name field allows, without the control characters that XML forbids: a
     * browser parses the chart as HTML, which takes them, while this test's XML parser would not.
     */
    @Provide
    Arbitrary<String> names() {
        return HostileInput.text().map(text -> text.length() > NAME_MAX ? text.substring(0, NAME_MAX) : text)
                .map(text -> text.codePoints().filter(c -> c == '\n' || c == '\t' || (c >= ' ' && c < 0xFFFE
                                && !(c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) || c > 0xFFFF)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
