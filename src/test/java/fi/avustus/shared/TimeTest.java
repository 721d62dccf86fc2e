package fi.avustus.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates and times as each interface language writes them in Finland, never ISO or American. */
class TimeTest {

    /** 16.15 in Helsinki (UTC+2 in winter). */
    private static final Instant CLOSING = ZonedDateTime.of(2027, 1, 31, 14, 15, 0, 0, ZoneOffset.UTC).toInstant();

    @Test
    void eachLanguageWritesTheTimeOfDayItsOwnWay() {
        assertThat(Time.format(CLOSING, Locale.forLanguageTag("fi"))).isEqualTo("31.1.2027 klo 16.15");
        assertThat(Time.format(CLOSING, Locale.forLanguageTag("sv"))).isEqualTo("31.1.2027 kl. 16.15");
        assertThat(Time.format(CLOSING, Locale.forLanguageTag("sv-FI"))).isEqualTo("31.1.2027 kl. 16.15");
        assertThat(Time.format(CLOSING, Locale.forLanguageTag("en"))).isEqualTo("31.1.2027 16:15");
    }

    @Test
    void anyOtherLanguageOrNoneGetsFinnishAndNothingGetsNothing() {
        assertThat(Time.format(CLOSING, Locale.GERMAN)).isEqualTo("31.1.2027 klo 16.15");
        assertThat(Time.format(CLOSING, null)).isEqualTo("31.1.2027 klo 16.15");
        assertThat(Time.format((Instant) null, Locale.ENGLISH)).isEmpty();
        assertThat(Time.formatDate(null)).isEmpty();
    }

    @Test
    void theMomentIsShownInHelsinkiWhateverZoneItCameIn() {
        ZonedDateTime inNewYork = CLOSING.atZone(java.time.ZoneId.of("America/New_York"));
        assertThat(Time.format(inNewYork, Locale.forLanguageTag("sv"))).isEqualTo("31.1.2027 kl. 16.15");
    }

    @Test
    void datesAreWrittenAsInTheDatePickers() {
        assertThat(Time.formatDate(LocalDate.of(2027, 1, 31))).isEqualTo("31.1.2027");
        assertThat(Time.formatDate(LocalDate.of(2026, 12, 5))).isEqualTo("5.12.2026");
    }
}
