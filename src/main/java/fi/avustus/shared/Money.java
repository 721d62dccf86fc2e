package fi.avustus.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Money is BigDecimal euros with two decimals; this holds the conventions in one place. */
public final class Money {

    /** Larger sums than this are typing errors, not grants: no programme comes near 10 billion. */
    public static final BigDecimal ABSURD = new BigDecimal("9999999999.99");

    private Money() {
    }

    public static BigDecimal euros(String amount) {
        return normalise(new BigDecimal(amount));
    }

    public static BigDecimal normalise(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static String format(BigDecimal amount) {
        return format(amount, Locale.forLanguageTag("fi"));
    }

    public static String format(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount) + " €";
    }
}
