package fi.avustus.deadline;

import fi.avustus.deadline.internal.DeadlineAudience;
import fi.avustus.deadline.internal.DeadlineCatalogue;
import fi.avustus.programme.CallSummary;
import fi.avustus.shared.Time;
import fi.avustus.shared.TranslatedName;
import fi.avustus.shared.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadline registry: every module's deadlines ({@link DeadlineSource}), asked at query time
 * and limited to what the current user may see. Administrators and officials see all;
 * applicants their own organisations'; steering-group members their own groups' rounds.
 */
@Service
@Transactional(readOnly = true)
public class Deadlines {

    /** How far ahead a person's own list looks; whatever is overdue shows however old. */
    public static final int OWN_DAYS_AHEAD = 60;

    private final List<DeadlineSource> sources;
    private final DeadlineAudience audience;
    private final DeadlineCatalogue catalogue;
    private final Clock clock;

    Deadlines(List<DeadlineSource> sources, DeadlineAudience audience, DeadlineCatalogue catalogue, Clock clock) {
        this.sources = List.copyOf(sources);
        this.audience = audience;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** The deadlines matching the query that the user may see, soonest first. */
    @PreAuthorize("isAuthenticated()")
    public List<Deadline> find(DeadlineQuery query) {
        return collect(query).deadlines();
    }

    /** As {@link #find}, with the programme, call and owner names a list shows. */
    @PreAuthorize("isAuthenticated()")
    public List<DeadlineEntry> entries(DeadlineQuery query) {
        Found found = collect(query);
        List<Deadline> deadlines = found.deadlines();
        Map<Long, CallSummary> calls = found.calls();
        Map<Long, TranslatedName> programmes = catalogue.programmeNames(deadlines, calls);
        Map<Long, TranslatedName> organisations = catalogue.organisationNames(ids(deadlines, Deadline::organisationId));
        Map<Long, TranslatedName> groups = catalogue.groupNames(ids(deadlines, Deadline::steeringGroupId));
        return deadlines.stream().map(deadline -> new DeadlineEntry(deadline, programmes.get(deadline.programmeId()),
                Optional.ofNullable(deadline.callId()).map(calls::get).map(CallSummary::title).orElse(null),
                deadline.organisationId() != null ? organisations.get(deadline.organisationId())
                        : groups.get(deadline.steeringGroupId()))).toList();
    }

    /** The user's own open and overdue deadlines: the next {@link #OWN_DAYS_AHEAD} days and everything overdue. */
    @PreAuthorize("isAuthenticated()")
    public List<DeadlineEntry> own() {
        LocalDate today = LocalDate.now(clock.withZone(Time.HELSINKI));
        return entries(DeadlineQuery.all().between(null, today.plusDays(OWN_DAYS_AHEAD))
                .withStatuses(EnumSet.of(DeadlineStatus.OPEN, DeadlineStatus.OVERDUE)));
    }

    /** How many deadlines are overdue across the product, for the staff's home page. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL')")
    public int overdueCount() {
        return find(DeadlineQuery.all().withStatuses(Set.of(DeadlineStatus.OVERDUE))).size();
    }

    /** The deadlines found, with the calls they belong to. */
    private record Found(List<Deadline> deadlines, Map<Long, CallSummary> calls) {
    }

    /**
     * The sources' deadlines that match, each with its call's programme. Only the calls of the
     * deadlines found are read (or, with a programme chosen, that programme's calls, to narrow the
     * sources by), not every call there is.
     */
    private Found collect(DeadlineQuery query) {
        // A range the database's dates cannot hold would fail the query itself, not a rule.
        new Validator().date("from", query.from()).date("to", query.to()).throwIfInvalid();
        Optional<DeadlineQuery> limited = audience.limit(query);
        if (limited.isEmpty()) {
            return new Found(List.of(), Map.of());
        }
        Map<Long, CallSummary> programmeCalls = query.programmeId() == null ? Map.of()
                : catalogue.callsOfProgramme(query.programmeId());
        DeadlineQuery asked = limited.get().asOf(clock.instant())
                .inCalls(query.programmeId() == null ? null : programmeCalls.keySet());
        // Without a programme chosen, no match depends on a call's programme: the calls are read for what is left.
        List<Deadline> found = sources.stream().flatMap(source -> source.deadlines(asked).stream())
                .map(deadline -> withProgramme(deadline, programmeCalls))
                .filter(asked::matches)
                .toList();
        Map<Long, CallSummary> calls = query.programmeId() == null ? catalogue.calls(ids(found, Deadline::callId))
                : programmeCalls;
        return new Found(found.stream().map(deadline -> withProgramme(deadline, calls)).sorted(Deadline.BY_DUE).toList(),
                calls);
    }

    private static Deadline withProgramme(Deadline deadline, Map<Long, CallSummary> calls) {
        if (deadline.programmeId() != null || deadline.callId() == null || !calls.containsKey(deadline.callId())) {
            return deadline;
        }
        return deadline.withProgramme(calls.get(deadline.callId()).programmeId());
    }

    private static Set<Long> ids(Collection<Deadline> deadlines, Function<Deadline, Long> id) {
        return deadlines.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
