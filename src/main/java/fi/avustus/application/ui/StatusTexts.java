package fi.avustus.application.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import fi.avustus.application.ApplicationStatus;
import fi.avustus.application.ApplicationSummary;
import fi.avustus.shared.Time;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** How an application's status and the applicant's next step read on screen. */
final class StatusTexts {


    private StatusTexts() {
    }

    static Span badge(Component host, ApplicationStatus status) {
        Span badge = new Span(host.getTranslation("application.status." + status.name()));
        String theme = switch (status) {
            case APPROVED -> "badge success";
            case REJECTED, CLOSED_INCOMPLETE -> "badge error";
            case COMPLETION_REQUESTED -> "badge warning";
            case DRAFT, WITHDRAWN -> "badge contrast";
            default -> "badge";
        };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    /** What is expected of the applicant now and by when, e.g. "Täydennä hakemus viimeistään 7.12.2026". */
    static String expected(Component host, ApplicationSummary application) {
        return switch (application.status()) {
            case DRAFT -> host.getTranslation("application.expected.DRAFT", time(host, application.callClosesAt()));
            case COMPLETION_REQUESTED -> host.getTranslation("application.expected.COMPLETION_REQUESTED",
                    date(application.completionDeadline()));
            default -> host.getTranslation("application.expected." + application.status().name());
        };
    }

    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.forLanguageTag("fi") : ui.getLocale();
    }

    static String date(LocalDate date) {
        return date == null ? "–" : Time.formatDate(date);
    }

    static String time(Component host, Instant instant) {
        return instant == null ? "–" : Time.format(instant.atZone(Time.HELSINKI), locale());
    }
}
