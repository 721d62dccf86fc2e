package fi.avustus.deadline.internal;

import fi.avustus.deadline.Deadline;
import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.Organisations;
import fi.avustus.organisation.SteeringGroupSummary;
import fi.avustus.organisation.SteeringGroups;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.Programmes;
import fi.avustus.security.SystemUser;
import fi.avustus.shared.TranslatedName;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The names around deadlines, read in bulk (never once per deadline): calls with their
 * programmes, programmes, organisations and steering groups. Read as the system: which deadlines
 * the user sees is decided before, and these names are shown only with them.
 */
@Component
public class DeadlineCatalogue {

    private final Calls calls;
    private final Programmes programmes;
    private final Organisations organisations;
    private final SteeringGroups steeringGroups;

    DeadlineCatalogue(Calls calls, Programmes programmes, Organisations organisations, SteeringGroups steeringGroups) {
        this.calls = calls;
        this.programmes = programmes;
        this.organisations = organisations;
        this.steeringGroups = steeringGroups;
    }

    /** These calls, archived ones too: deadlines outlive their call's place in the lists. */
    public Map<Long, CallSummary> calls(Collection<Long> ids) {
        return SystemUser.call(() -> calls.findAllPublished(ids).stream()
                .collect(Collectors.toMap(CallSummary::id, Function.identity())));
    }

    /** A programme's calls, archived ones too. */
    public Map<Long, CallSummary> callsOfProgramme(long programmeId) {
        return SystemUser.call(() -> calls.ofProgramme(programmeId).stream()
                .collect(Collectors.toMap(CallSummary::id, Function.identity())));
    }

    /** The programme names of these deadlines: from their calls, else read by programme id. */
    public Map<Long, TranslatedName> programmeNames(List<Deadline> deadlines, Map<Long, CallSummary> callsById) {
        Map<Long, TranslatedName> names = new HashMap<>();
        callsById.values().forEach(call -> names.putIfAbsent(call.programmeId(), call.programmeName()));
        Set<Long> missing = deadlines.stream().map(Deadline::programmeId).filter(Objects::nonNull)
                .filter(id -> !names.containsKey(id)).collect(Collectors.toSet());
        SystemUser.run(() -> missing.forEach(id -> programmes.find(id)
                .ifPresent(programme -> names.put(id, programme.name()))));
        return names;
    }

    /** Organisation names in Finnish and Swedish (organisations have no English name). */
    public Map<Long, TranslatedName> organisationNames(Collection<Long> ids) {
        return organisations.findAll(ids.stream().distinct().toList()).stream().collect(Collectors.toMap(
                OrganisationSummary::id, organisation -> new TranslatedName(organisation.nameFi(), organisation.nameSv(), null)));
    }

    public Map<Long, TranslatedName> groupNames(Collection<Long> ids) {
        return SystemUser.call(() -> ids.stream().distinct().map(steeringGroups::find).flatMap(Optional::stream)
                .collect(Collectors.toMap(SteeringGroupSummary::id, SteeringGroupSummary::name)));
    }
}
