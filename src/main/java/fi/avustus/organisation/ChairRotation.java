package fi.avustus.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which member category chairs a steering group in a given year: the categories take turns in
 * the listed order, one calendar year each, starting with the first in {@code startYear}
 * (e.g. vocational and general upper secondary education alternating).
 */
public record ChairRotation(List<MemberCategory> order, int startYear) {

    public ChairRotation {
        order = List.copyOf(order);
    }

    /** The category whose turn it is on this date; empty only when no rotation is defined. */
    public Optional<MemberCategory> categoryOn(LocalDate date) {
        if (order.isEmpty()) {
            return Optional.empty();
        }
        // floorMod, not %: a date before the start year must still land inside the list, counting backwards.
        return Optional.of(order.get(Math.floorMod(date.getYear() - startYear, order.size())));
    }

    /** The chair on this date: the first listed member of the category in turn, if the group has one. */
    public Optional<SteeringGroupMember> chairOn(LocalDate date, List<SteeringGroupMember> members) {
        return categoryOn(date).flatMap(category -> members.stream()
                .filter(Objects::nonNull)
                .filter(member -> member.category() == category)
                .findFirst());
    }
}
