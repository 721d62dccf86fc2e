package fi.avustus.actionplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import fi.avustus.actionplan.DocumentStatus;
import fi.avustus.actionplan.DocumentSummary;
import fi.avustus.actionplan.DocumentType;
import fi.avustus.actionplan.FinancialCategory;
import fi.avustus.actionplan.PlannedActivity;
import fi.avustus.shared.Money;
import fi.avustus.shared.Time;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;

/** How documents, their states, months, amounts and numbers read on screen. */
final class DocumentTexts {

    private static final int MAX_DECIMALS = 4;

    private DocumentTexts() {
    }

    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.forLanguageTag("fi") : ui.getLocale();
    }

    /** E.g. "Toimintasuunnitelma 2017 – Osaava Metso". */
    static String title(Component host, DocumentSummary document) {
        return host.getTranslation("actionplan.title", type(host, document.type()), String.valueOf(document.year()),
                document.networkName(locale()));
    }

    static String type(Component host, DocumentType type) {
        return host.getTranslation("actionplan.type." + type.name());
    }

    static String category(Component host, FinancialCategory category) {
        return category == null ? "" : host.getTranslation("actionplan.category." + category.name());
    }

    static Span badge(Component host, DocumentStatus status) {
        Span badge = new Span(host.getTranslation("actionplan.status." + status.name()));
        String theme = switch (status) {
            case APPROVED -> "badge success";
            case CHANGES_REQUESTED -> "badge warning";
            case DRAFT -> "badge contrast";
            case IN_APPROVAL -> "badge";
        };
        badge.getElement().getThemeList().add(theme);
        badge.addClassName("status-badge");
        return badge;
    }

    static String month(int month) {
        String name = Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, locale());
        return name.substring(0, 1).toUpperCase(locale()) + name.substring(1);
    }

    /** When an activity takes place: its date, its months, or both. */
    static String when(PlannedActivity activity) {
        String months = activity.months().stream().map(DocumentTexts::month).collect(Collectors.joining(", "));
        String date = date(activity.date());
        return date.isEmpty() ? months : months.isEmpty() ? date : date + "; " + months;
    }

    static String date(LocalDate date) {
        return Time.formatDate(date);
    }

    static String time(Instant instant) {
        return instant == null ? "–" : Time.format(instant.atZone(Time.HELSINKI), locale());
    }

    static String money(BigDecimal amount) {
        return amount == null ? "–" : Money.format(amount, locale());
    }

    static String number(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(MAX_DECIMALS);
        return format.format(value);
    }
}
