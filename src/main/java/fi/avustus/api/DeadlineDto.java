package fi.avustus.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.avustus.deadline.Deadline;
import fi.avustus.deadline.DeadlineEntry;
import fi.avustus.deadline.DeadlineStatus;
import fi.avustus.deadline.DeadlineText;
import fi.avustus.deadline.DeadlineType;
import fi.avustus.shared.TranslatedName;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BiFunction;

/** A deadline from the registry, its title in the caller's language. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Deadline", description = "A deadline: a report, a completion request, a call's closing, a vote, the end of a "
        + "usage period or a recovery claim.")
public record DeadlineDto(
        @Schema(description = "Stable across changes of the date, unique in the product.",
                requiredMode = Schema.RequiredMode.REQUIRED) String key,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) DeadlineType type,
        @Schema(description = "What is due, in the language of the Accept-Language header.",
                requiredMode = Schema.RequiredMode.REQUIRED) String title,
        @Schema(description = "The last day (in Europe/Helsinki).", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate dueDate,
        @Schema(description = "The moment, for deadlines with a time of day (a call's closing).") Instant dueAt,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) DeadlineStatus status,
        Long programmeId,
        Long callId,
        @Schema(description = "The organisation that has to act.") Long organisationId,
        @Schema(description = "The call's title, or the programme's name for a deadline of no call.") Text context,
        @Schema(description = "The organisation's or steering group's name.") Text owner) {

    /**
     * @param translate a message key with its arguments in the caller's language
     */
    static DeadlineDto of(DeadlineEntry entry, Locale locale, BiFunction<String, Object[], String> translate) {
        Deadline deadline = entry.deadline();
        return new DeadlineDto(deadline.sourceKey(), deadline.type(), text(deadline.title(), locale, translate),
                deadline.dueDate(), deadline.dueAt(), deadline.status(), deadline.programmeId(), deadline.callId(),
                deadline.organisationId(), Text.of(entry.call() != null ? entry.call() : entry.programme()),
                Text.of(entry.owner()));
    }

    /** A title's arguments are names in three languages, dates or titles of their own: each in the caller's language. */
    private static String text(DeadlineText text, Locale locale, BiFunction<String, Object[], String> translate) {
        Object[] arguments = text.args().stream().map(argument -> {
            if (argument instanceof TranslatedName name) {
                return name.in(locale);
            }
            if (argument instanceof LocalDate date) {
                return date.toString();
            }
            return argument instanceof DeadlineText inner ? text(inner, locale, translate) : argument;
        }).toArray();
        return translate.apply(text.key(), arguments);
    }
}
