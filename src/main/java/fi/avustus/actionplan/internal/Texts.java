package fi.avustus.actionplan.internal;

import fi.avustus.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Tidying what people typed before rules look at it: trimmed text, blanks as absent, euros with cents. */
final class Texts {

    private Texts() {
    }

    static String tidy(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static List<String> tidy(List<String> texts) {
        return texts.stream().map(Texts::tidy).filter(Objects::nonNull).toList();
    }

    static BigDecimal euros(BigDecimal amount) {
        return Money.normalise(amount);
    }

    static BigDecimal number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }
}
