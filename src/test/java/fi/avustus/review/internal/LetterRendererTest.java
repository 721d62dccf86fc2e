package fi.avustus.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.review.Instalment;
import fi.avustus.shared.Money;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The decision letter in Finnish and Swedish, read back from the PDF as text. */
class LetterRendererTest {

    static LetterContent letter(String language, boolean positive) {
        return new LetterContent(language, 42, 4711, LocalDate.of(2026, 5, 4), "Opetushallitus",
                "Jyväskylän kaupunki & <Gradia>", "0208201-1", "Laatuohjelma", "Haku 2026", positive,
                Money.euros("120000"), positive ? Money.euros("100000") : null,
                positive ? "Henkilöstökulut\nMatkat" : null,
                positive ? LocalDate.of(2026, 6, 1) : null, positive ? LocalDate.of(2027, 5, 31) : null,
                positive ? "Avustusta ei saa käyttää laitehankintoihin." : null,
                positive ? "Väliselvitys 31.1.2027, loppuselvitys 31.7.2027." : null,
                positive ? List.of(new Instalment(LocalDate.of(2026, 6, 15), Money.euros("60000")),
                        new Instalment(LocalDate.of(2027, 8, 31), Money.euros("40000"))) : List.of(),
                "Hanke edistää ohjelman tavoitteita; åäö.", "Mikko Virtanen", "Helena Koivisto");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Lines wrap anywhere and money uses non-breaking spaces: compare with single plain spaces.
            return new PDFTextStripper().getText(document).replaceAll("[\\s\u00a0\u202f]+", " ");
        }
    }

    @Test
    void aFinnishLetterStatesTheGrantAndHowToAppeal() throws IOException {
        String text = text(LetterRenderer.pdf(letter("fi", true)));
        assertThat(text).contains("PÄÄTÖS", "Opetushallitus", "Jyväskylän kaupunki & <Gradia>", "0208201-1",
                "Opetushallitus myöntää hakijalle valtionavustusta 100 000,00 €", "Hyväksyttävät kustannukset",
                "Henkilöstökulut", "1.6.2026–31.5.2027", "Avustusta ei saa käyttää laitehankintoihin.",
                "Väliselvitys 31.1.2027", "15.6.2026", "60 000,00 €", "40 000,00 €", "Yhteensä",
                "Oikaisuvaatimusohje", "30 päivän kuluessa", "688/2001", "34 §", "Mikko Virtanen", "Helena Koivisto",
                "Esittelijä", "Päättäjä", "4.5.2026", "åäö");
    }

    @Test
    void aSwedishLetterStatesTheGrantAndHowToRequestRectification() throws IOException {
        String text = text(LetterRenderer.pdf(letter("sv", true)));
        assertThat(text).contains("BESLUT", "Opetushallitus beviljar sökanden statsunderstöd på 100 000,00 €",
                "Godtagbara kostnader", "Användningstid för understödet", "Utbetalning av understödet",
                "Anvisning om begäran om omprövning", "inom 30 dagar", "statsunderstödslagen (688/2001)",
                "Föredragande", "Beslutsfattare", "Mikko Virtanen", "Helena Koivisto");
    }

    @Test
    void lettersOutsideFinnishAndSwedishArePrintedWhenTheFontIsInstalled() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isReadable(
                java.nio.file.Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")), "fonts-dejavu-core not installed");
        LetterContent sami = letter("fi", true);
        sami = new LetterContent("fi", sami.decisionId(), sami.applicationId(), sami.date(), sami.funderName(),
                "Sámediggi – Čáhcesuolu ŋ đ ŧ", sami.applicantBusinessId(), sami.programmeName(), sami.callTitle(), true,
                sami.requestedAmount(), sami.grantedAmount(), sami.acceptedCosts(), sami.usageStart(), sami.usageEnd(),
                sami.conditions(), sami.reportingDuties(), sami.instalments(), sami.justification(), sami.presenterName(),
                sami.decisionMakerName());
        assertThat(text(LetterRenderer.pdf(sami))).contains("Sámediggi – Čáhcesuolu ŋ đ ŧ");
    }

    @Test
    void aNegativeLetterHasNoGrantSections() throws IOException {
        String text = text(LetterRenderer.pdf(letter("fi", false)));
        assertThat(text).contains("ei myönnä hakijalle haettua valtionavustusta", "120 000,00 €", "Oikaisuvaatimusohje")
                .doesNotContain("Avustuksen maksaminen", "Myönnetty avustus");
    }
}
