package fi.avustus.funding.ui;

import fi.avustus.shared.Money;
import fi.avustus.shared.Spreadsheet.Kind;
import fi.avustus.shared.Time;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

/** Cells as the screen shows them: euros with two decimals, percentages with one, a missing figure as a dash. */
final class Formats {

    static final String NONE = "–";

    private Formats() {
    }

    static String cell(Kind kind, Object value, Locale locale) {
        if (value == null) {
            // A missing figure is a dash; a missing text or date (e.g. on the total line) is nothing.
            return kind == Kind.TEXT || kind == Kind.DATE ? "" : NONE;
        }
        return switch (kind) {
            case TEXT -> value.toString();
            case EUROS -> Money.format((BigDecimal) value, locale);
            case NUMBER -> number(locale, 0, 2).format(value);
            case PERCENT -> percent((BigDecimal) value, locale);
            case DATE -> Time.formatDate((LocalDate) value);
        };
    }

    static String percent(BigDecimal value, Locale locale) {
        return value == null ? NONE : number(locale, 1, 1).format(value) + " %";
    }

    private static NumberFormat number(Locale locale, int minimumDecimals, int maximumDecimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(minimumDecimals);
        format.setMaximumFractionDigits(maximumDecimals);
        return format;
    }
}
