package fi.avustus.organisation;

import fi.avustus.shared.TranslatedName;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A steering group as other modules and screens see it, with its decision rule and chair rotation.
 *
 * @param language the group's working language ("fi", "sv" or "en"), e.g. of its minutes
 */
public record SteeringGroupSummary(long id, TranslatedName name, Long networkId, Long programmeId,
                                   LocalDate termStart, LocalDate termEnd, DecisionRule decisionRule,
                                   ChairRotation chairRotation, List<SteeringGroupMember> members,
                                   String language, boolean archived, long version) {

    public SteeringGroupSummary {
        members = List.copyOf(members);
    }

    public String name(Locale locale) {
        return name.in(locale);
    }

    /** The member category whose turn it is to chair on this date. */
    public Optional<MemberCategory> chairCategory(LocalDate date) {
        return chairRotation.categoryOn(date);
    }

    /** The chair on this date; empty when no member represents the category in turn. */
    public Optional<SteeringGroupMember> chairOn(LocalDate date) {
        return chairRotation.chairOn(date, members);
    }
}
