package fi.avustus.shared.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.shared.Money;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The letters' shared XHTML: people's text escaped, texts and amounts in the letter's language. */
class LetterHtmlTest {

    @Test
    void peoplesTextIsEscapedForXml() {
        assertThat(LetterHtml.escape("A & B <c> \"d\" 'e'\u0007")).isEqualTo("A &amp; B &lt;c&gt; &quot;d&quot; &#39;e&#39;");
    }

    @Test
    void rowsAndSectionsWithoutAValueAreLeftOut() {
        LetterHtml html = new LetterHtml("/review/letter", "sv").begin("title", "subtitle");
        html.row("date", "").row("funder", "A & B").section("conditions", " ");
        String xhtml = html.end();
        assertThat(xhtml).contains("lang=\"sv\"", "<h1>BESLUT</h1>", "A &amp; B").doesNotContain("<th>Datum</th>");
        assertThat(html.money(Money.euros("1234.5"))).isEqualTo(Money.format(Money.euros("1234.50"), Locale.forLanguageTag("sv")));
        assertThat(LetterHtml.date(LocalDate.of(2027, 1, 5))).isEqualTo("5.1.2027");
    }

    @Test
    void theSharedTextsAreCompleteInFinnishAndSwedish() {
        LetterTextFiles.assertComplete("/letter/common");
        assertThat(new LetterHtml("/review/letter", "sv").text("appeal.text", "Opetushallitus"))
                .contains("34 § i statsunderstödslagen", "Opetushallitus");
    }

    @Test
    void aMissingTextFailsLoudly() {
        LetterHtml html = new LetterHtml("/review/letter", "fi");
        assertThatThrownBy(() -> html.text("no.such.key")).hasMessageContaining("no.such.key");
        assertThat(html.textOr("category.NEW", "NEW")).isEqualTo("NEW");
    }
}
