package fi.avustus.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.review.AcceptedCostLine;
import fi.avustus.review.Instalment;
import fi.avustus.review.ReportingSchedule;
import fi.avustus.shared.Money;
import fi.avustus.shared.letter.PdfText;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decision letter in Finnish and Swedish, read back from the PDF as text. */
class LetterRendererTest {

    static LetterContent letter(String language, boolean positive) {
        return new LetterContent(language, 42, 4711, LocalDate.of(2026, 5, 4), "Opetushallitus",
                "Jyväskylän kaupunki & <Gradia>", "0208201-1", "Laatuohjelma", "Haku 2026", positive,
                Money.euros("120000"), positive ? Money.euros("100000") : null,
                positive ? List.of(AcceptedCostLine.asApplied("STAFF", 2026, "Koordinaattori & <projektisihteeri>",
                                Money.euros("90000")),
                        AcceptedCostLine.asApplied("TRAVEL", 2027, "Matkat", Money.euros("30000"))
                                .withAccepted(Money.euros("12500"), "Ulkomaanmatkat eivät ole hyväksyttäviä"),
                        AcceptedCostLine.asApplied("NEW_CATEGORY", 2027, null, Money.euros("100"))) : List.of(),
                positive ? LocalDate.of(2026, 6, 1) : null, positive ? LocalDate.of(2027, 5, 31) : null,
                positive ? "Avustusta ei saa käyttää laitehankintoihin." : null,
                positive ? new ReportingSchedule(List.of(LocalDate.of(2026, 11, 30), LocalDate.of(2027, 2, 28)),
                        LocalDate.of(2027, 7, 31)) : ReportingSchedule.none(),
                positive ? "Selvityksissä raportoidaan ohjelman indikaattorit." : null,
                positive ? List.of(new Instalment(LocalDate.of(2026, 6, 15), Money.euros("60000")),
                        new Instalment(LocalDate.of(2027, 8, 31), Money.euros("40000"))) : List.of(),
                "Hanke edistää ohjelman tavoitteita; åäö.", "Mikko Virtanen", "Helena Koivisto");
    }

    @Test
    void aFinnishLetterStatesTheGrantAndHowToAppeal() throws IOException {
        String text = PdfText.of(LetterRenderer.pdf(letter("fi", true)));
        assertThat(text).contains("PÄÄTÖS", "Opetushallitus", "Jyväskylän kaupunki & <Gradia>", "0208201-1",
                "Opetushallitus myöntää hakijalle valtionavustusta 100 000,00 €", "Hyväksyttävät kustannukset",
                "Kustannuslaji Vuosi Selite Haettu Hyväksytty",
                "Henkilöstökulut 2026 Koordinaattori & <projektisihteeri> 90 000,00 € 90 000,00 €",
                "Matkakulut 2027 Matkat", "Perustelu: Ulkomaanmatkat eivät ole hyväksyttäviä", "30 000,00 € 12 500,00 €",
                "NEW_CATEGORY 2027 100,00 € 100,00 €", "Yhteensä 120 100,00 € 102 600,00 €",
                "1.6.2026–31.5.2027", "Avustusta ei saa käyttää laitehankintoihin.",
                "Selvitysvelvollisuus", "Väliselvitys 30.11.2026", "Väliselvitys 28.2.2027", "Loppuselvitys 31.7.2027",
                "Selvityksissä raportoidaan ohjelman indikaattorit.",
                "15.6.2026", "60 000,00 €", "40 000,00 €", "Yhteensä",
                "Oikaisuvaatimusohje", "30 päivän kuluessa", "688/2001", "34 §", "Mikko Virtanen", "Helena Koivisto",
                "Esittelijä", "Päättäjä", "4.5.2026", "åäö");
    }

    @Test
    void aSwedishLetterStatesTheGrantAndHowToRequestRectification() throws IOException {
        String text = PdfText.of(LetterRenderer.pdf(letter("sv", true)));
        assertThat(text).contains("BESLUT", "Opetushallitus beviljar sökanden statsunderstöd på 100 000,00 €",
                "Godtagbara kostnader", "Personalkostnader 2026", "Resekostnader 2027", "Motivering: Ulkomaanmatkat",
                "Totalt 120 100,00 € 102 600,00 €", "Användningstid för understödet", "Redovisningsskyldighet",
                "Mellanredovisning 30.11.2026", "Slutredovisning 31.7.2027", "Utbetalning av understödet",
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
                sami.requestedAmount(), sami.grantedAmount(), sami.costLines(), sami.usageStart(), sami.usageEnd(),
                sami.conditions(), sami.schedule(), sami.reportingDuties(), sami.instalments(), sami.justification(),
                sami.presenterName(), sami.decisionMakerName());
        assertThat(PdfText.of(LetterRenderer.pdf(sami))).contains("Sámediggi – Čáhcesuolu ŋ đ ŧ");
    }

    @Test
    void aNegativeLetterHasNoGrantSections() throws IOException {
        String text = PdfText.of(LetterRenderer.pdf(letter("fi", false)));
        assertThat(text).contains("ei myönnä hakijalle haettua valtionavustusta", "120 000,00 €", "Oikaisuvaatimusohje")
                .doesNotContain("Avustuksen maksaminen", "Myönnetty avustus", "Hyväksyttävät kustannukset",
                        "Selvitysvelvollisuus");
    }
}
