package fi.avustus.shared.letter;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.shared.HostileInput;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Whatever people type into a case, a letter shows it as text: the XHTML stays well-formed, no
 * typed script or tag becomes an element, and the PDF renders.
 */
class LetterEscapeFuzzTest {

    private static final Set<String> LETTER_ELEMENTS = Set.of("html", "head", "title", "style", "body", "p");
    private static final int LENGTH_MAX = 20_000;

    @Property(tries = 300)
    void typedTextStaysTextInTheLettersMarkup(@ForAll("typed") String typed) throws Exception {
        Document letter = parse(LetterHtml.document("fi", typed, "<p>" + LetterHtml.escape(typed) + "</p>"));
        Set<String> elements = new HashSet<>();
        NodeList all = letter.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            elements.add(((Element) all.item(i)).getLocalName());
        }
        assertThat(elements).isSubsetOf(LETTER_ELEMENTS);
        String shown = letter.getElementsByTagName("p").item(0).getTextContent();
        assertThat(shown).isEqualTo(typed.codePoints().filter(LetterEscapeFuzzTest::xmlCharacter)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
    }

    @Property(tries = 40)
    void aLetterWithAnyTypedTextRendersAsPdf(@ForAll("typed") String typed) {
        String xhtml = LetterHtml.document("fi", "Päätös", "<p>" + LetterHtml.escape(typed) + "</p>");
        assertThat(LetterPdf.render(xhtml)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }

    @Provide
    Arbitrary<String> typed() {
        return HostileInput.text().map(text -> text.length() > LENGTH_MAX ? text.substring(0, LENGTH_MAX) : text);
    }

    private static boolean xmlCharacter(int c) {
        return c == '\n' || c == '\t' || (c >= ' ' && !(c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)
                && c != 0xFFFE && c != 0xFFFF);
    }

    private static Document parse(String xhtml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
    }
}
