package fi.avustus.recovery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.recovery.ClaimStatus;
import fi.avustus.recovery.ClaimSummary;
import fi.avustus.recovery.InterestLine;
import fi.avustus.shared.Money;
import fi.avustus.shared.letter.LetterTextFiles;
import fi.avustus.shared.letter.PdfText;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recovery letter in Finnish and Swedish, read back from the PDF as text. */
class RecoveryLetterTemplateTest {

    /** 20 000 € reclaimed of 40 000 € paid: 4 000 € of the first instalment, all 16 000 € of the second. */
    static RecoveryLetterContent letter(String language) {
        List<InterestLine> lines = List.of(
                new InterestLine(1, LocalDate.of(2026, 6, 15), Money.euros("24000"), Money.euros("4000"), 300, Money.euros("246.58")),
                new InterestLine(2, LocalDate.of(2027, 1, 31), Money.euros("16000"), Money.euros("16000"), 100, Money.euros("328.77")));
        ClaimSummary claim = new ClaimSummary(7, 4711, 3, "471100X", language, LocalDate.of(2027, 5, 11),
                LocalDate.of(2027, 6, 10), Money.euros("20000"), new BigDecimal("7.50"), Money.euros("575.35"),
                Money.euros("20575.35"), Money.euros("0"), Money.euros("0"), Money.euros("20575.35"), ClaimStatus.OPEN,
                null, lines, 0);
        return new RecoveryLetterContent(claim, "Opetushallitus", "Jyväskylän kaupunki & <Gradia>", "0208201-1",
                "Laatuohjelma", "Haku 2026", 99, 42, Money.euros("40000"), Money.euros("40000"), Money.euros("20000"));
    }

    @Test
    void theTextsAreCompleteInFinnishAndSwedish() {
        LetterTextFiles.assertComplete("/recovery/letter");
    }

    @Test
    void aFinnishLetterExplainsTheClaimAndItsInterest() throws IOException {
        String text = PdfText.of(RecoveryLetterTemplate.pdf(letter("fi")));
        assertThat(text).contains("PÄÄTÖS", "Käyttämättä jääneen valtionavustuksen takaisinperintä", "Päivämäärä 11.5.2027",
                "Jyväskylän kaupunki & <Gradia>", "0208201-1", "Laatuohjelma", "Haku 2026", "Hankkeen numero 4711",
                "Hakemuksen numero 99", "Avustuspäätöksen numero 42",
                "Opetushallitus perii avustuksen saajalta takaisin käyttämättä jääneen valtionavustuksen 20 000,00 € ja sille "
                        + "laskettavan koron 575,35 €, yhteensä 20 575,35 €.",
                "Myönnetty avustus 40 000,00 €", "Maksettu avustus 40 000,00 €",
                "Hyväksyttävät kustannukset loppuselvityksen mukaan 20 000,00 €", "Käyttämättä jäänyt avustus 20 000,00 €",
                "vuotuista korkoa 7,50 %", "viimeksi maksettuihin eriin",
                "1 15.6.2026 24 000,00 € 4 000,00 € 300 246,58 €", "2 31.1.2027 16 000,00 € 16 000,00 € 100 328,77 €",
                "Yhteensä 20 000,00 € 575,35 €", "Maksettava yhteensä 20 575,35 €", "Eräpäivä 10.6.2027",
                "Viitenumero 471100X", "Maksun saaja Opetushallitus", "viivästyskorkoa",
                "Oikaisuvaatimusohje", "30 päivän kuluessa", "34 §");
    }

    @Test
    void aSwedishLetterExplainsTheClaimAndHowToRequestRectification() throws IOException {
        String text = PdfText.of(RecoveryLetterTemplate.pdf(letter("sv")));
        assertThat(text).contains("BESLUT", "Återkrav av oanvänt statsunderstöd", "Datum 11.5.2027",
                "Opetushallitus återkräver av mottagaren det oanvända statsunderstödet 20 000,00 € jämte ränta 575,35 €, "
                        + "sammanlagt 20 575,35 €.",
                "Utbetalt understöd 40 000,00 €", "Oanvänt understöd 20 000,00 €", "årlig ränta på 7,50 %",
                "2 31.1.2027 16 000,00 € 16 000,00 € 100 328,77 €", "Att betala totalt 20 575,35 €",
                "Förfallodag 10.6.2027", "Referensnummer 471100X", "Anvisning om begäran om omprövning", "inom 30 dagar")
                .doesNotContain("Oikaisuvaatimusohje");
    }
}
