package fi.avustus.changerequest.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import fi.avustus.changerequest.ChangeRequestStatus;
import fi.avustus.changerequest.ChangeRequestSummary;
import fi.avustus.project.ProjectContact;
import fi.avustus.project.ui.ProjectTexts;
import fi.avustus.shared.Money;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How the change-request screens write a request's kind, what it asks for and where it stands. */
final class ChangeTexts {

    private ChangeTexts() {
    }

    static Span badge(Component host, ChangeRequestStatus status) {
        Span badge = new Span(host.getTranslation("changerequest.status." + status.name()));
        badge.getElement().getThemeList().add(switch (status) {
            case PENDING -> "badge";
            case REJECTED -> "badge error";
            default -> "badge success";
        });
        return badge;
    }

    static String kind(Component host, ChangeRequestSummary request) {
        return host.getTranslation("changerequest.kind." + request.kind().name());
    }

    /** What the request asks for, in a line: the new end, the money moved, or the new contact person. */
    static String asked(Component host, Locale locale, ChangeRequestSummary request) {
        return switch (request.kind()) {
            case EXTENSION -> host.getTranslation("changerequest.asked.extension",
                    ProjectTexts.date(request.usageEndBefore()), ProjectTexts.date(request.requestedUsageEnd()));
            case REALLOCATION -> host.getTranslation("changerequest.asked.reallocation",
                    Money.format(moved(request), locale));
            case CONTACT -> contact(request.contact());
        };
    }

    /** What an official's acceptance with changes decided instead, or nothing. */
    static String decided(Component host, Locale locale, ChangeRequestSummary request) {
        if (request.status() != ChangeRequestStatus.ACCEPTED_WITH_CHANGES) {
            return "";
        }
        return switch (request.kind()) {
            case EXTENSION -> host.getTranslation("changerequest.decided.extension", ProjectTexts.date(request.decidedUsageEnd()));
            case REALLOCATION -> host.getTranslation("changerequest.decided.reallocation", request.lines().stream()
                    .map(line -> Money.format(line.decided(), locale)).collect(Collectors.joining(", ")));
            case CONTACT -> "";
        };
    }

    static String contact(ProjectContact contact) {
        return Stream.of(contact.name(), contact.email(), contact.phone()).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }

    /** The money the request moves: what the lines that grow gain together. */
    private static BigDecimal moved(ChangeRequestSummary request) {
        return request.lines().stream().map(line -> line.requested().subtract(line.before()))
                .filter(shift -> shift.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
