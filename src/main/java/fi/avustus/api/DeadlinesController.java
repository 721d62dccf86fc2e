package fi.avustus.api;

import fi.avustus.deadline.DeadlineQuery;
import fi.avustus.deadline.DeadlineStatus;
import fi.avustus.deadline.DeadlineType;
import fi.avustus.deadline.Deadlines;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The deadline registry as the user may see it: staff see all, applicants their own organisations', groups their rounds. */
@RestController
@RequestMapping(path = "/api/v1/deadlines", produces = "application/json")
@Tag(name = "Deadlines", description = "Deadlines across the product, limited to what the user may see: staff see all, "
        + "applicants their own organisations', steering-group members their groups' rounds.")
class DeadlinesController {

    private final Deadlines deadlines;
    private final ApiLanguage language;

    DeadlinesController(Deadlines deadlines, ApiLanguage language) {
        this.deadlines = deadlines;
        this.language = language;
    }

    @GetMapping
    @Operation(operationId = "listDeadlines", summary = "List deadlines", description = "The deadlines that match, soonest first.")
    ApiPage<DeadlineDto> list(
            @Parameter(description = "The first due date, inclusive (ISO date).")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "The last due date, inclusive (ISO date).")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "Only these kinds; all when none is given.") @RequestParam(required = false) List<DeadlineType> type,
            @Parameter(description = "Only these statuses; all when none is given.")
            @RequestParam(required = false) List<DeadlineStatus> status,
            @ParameterObject @Valid PageQuery page, HttpServletRequest request) {
        DeadlineQuery query = DeadlineQuery.all().between(from, to).ofTypes(given(type))
                .withStatuses(given(status));
        Locale locale = language.of(request);
        return ApiPage.of(deadlines.entries(query), page,
                entry -> DeadlineDto.of(entry, locale, (key, arguments) -> language.text(locale, key, arguments)));
    }

    /** The values given, none when the parameter is absent; a blank value (which converts to null) is no value. */
    private static <T> List<T> given(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }
}
