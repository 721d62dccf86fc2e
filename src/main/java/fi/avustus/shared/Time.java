package fi.avustus.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Times are shown and reasoned about in Europe/Helsinki, whatever the server's own zone, and
 * written the way each interface language writes them in Finland. The JDK's own "short" styles
 * do not: Swedish gets ISO dates (2027-01-31) and English American ones (1/31/27), so screens
 * format through this class rather than with a localized style of their own.
 */
public final class Time {

    public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    /**
     * One date format for every language, the one the date pickers take (31.1.2027): Finnish and
     * Finland-Swedish write dates alike, and English users read what they type.
     */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    /** The time of day in each language's own way: "klo 16.15", "kl. 16.15", "16:15". */
    private static final Map<String, DateTimeFormatter> DATE_TIME = Map.of(
            "fi", DateTimeFormatter.ofPattern("d.M.yyyy 'klo' H.mm"),
            "sv", DateTimeFormatter.ofPattern("d.M.yyyy 'kl.' H.mm"),
            "en", DateTimeFormatter.ofPattern("d.M.yyyy HH:mm"));

    private Time() {
    }

    public static ZonedDateTime now(Clock clock) {
        return ZonedDateTime.now(clock.withZone(HELSINKI));
    }

    /** The moment in Helsinki time, in the language of the locale (Finnish for any other language). */
    public static String format(ZonedDateTime time, Locale locale) {
        if (time == null) {
            return "";
        }
        String language = locale == null ? "fi" : locale.getLanguage();
        return time.withZoneSameInstant(HELSINKI).format(DATE_TIME.getOrDefault(language, DATE_TIME.get("fi")));
    }

    public static String format(Instant instant, Locale locale) {
        return instant == null ? "" : format(instant.atZone(HELSINKI), locale);
    }

    /** A day as every screen writes it, e.g. 31.1.2027; empty for none. */
    public static String formatDate(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
