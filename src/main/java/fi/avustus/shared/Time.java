package fi.avustus.shared;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Times are shown and reasoned about in Europe/Helsinki, whatever the server's own zone. */
public final class Time {

    public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private Time() {
    }

    public static ZonedDateTime now(Clock clock) {
        return ZonedDateTime.now(clock.withZone(HELSINKI));
    }

    public static String format(ZonedDateTime time, Locale locale) {
        if (time == null) {
            return "";
        }
        return time.withZoneSameInstant(HELSINKI)
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale));
    }
}
