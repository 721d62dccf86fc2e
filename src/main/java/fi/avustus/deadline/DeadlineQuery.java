package fi.avustus.deadline;

import fi.avustus.shared.Time;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Which deadlines to list. A screen sets the filters (dates, programme, network, organisation,
 * types, statuses); {@link Deadlines} adds what the sources need and the screen must not decide:
 * the owners the user may see, the calls of the chosen programme and the moment the statuses
 * are worked out at.
 *
 * @param from             first due date, inclusive; null for no lower bound
 * @param to               last due date, inclusive; null for no upper bound
 * @param types            empty for every type
 * @param statuses         empty for every status
 * @param organisationIds  the organisations whose deadlines may be listed: null for any, empty for none
 * @param steeringGroupIds the steering groups whose deadlines may be listed: null for any, empty for none
 * @param callIds          the calls of the chosen programme, null without a programme filter
 * @param now              the moment statuses are worked out at
 */
public record DeadlineQuery(LocalDate from, LocalDate to, Long programmeId, Long networkId, Long organisationId,
                            Set<DeadlineType> types, Set<DeadlineStatus> statuses, Set<Long> organisationIds,
                            Set<Long> steeringGroupIds, Set<Long> callIds, Instant now) {

    public DeadlineQuery {
        types = types == null ? Set.of() : Set.copyOf(types);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        organisationIds = organisationIds == null ? null : Set.copyOf(organisationIds);
        steeringGroupIds = steeringGroupIds == null ? null : Set.copyOf(steeringGroupIds);
        callIds = callIds == null ? null : Set.copyOf(callIds);
    }

    /** Every deadline: no filter yet. */
    public static DeadlineQuery all() {
        return new DeadlineQuery(null, null, null, null, null, Set.of(), Set.of(), null, null, null, null);
    }

    public DeadlineQuery between(LocalDate first, LocalDate last) {
        return new DeadlineQuery(first, last, programmeId, networkId, organisationId, types, statuses, organisationIds,
                steeringGroupIds, callIds, now);
    }

    public DeadlineQuery inProgramme(Long programme) {
        return new DeadlineQuery(from, to, programme, networkId, organisationId, types, statuses, organisationIds,
                steeringGroupIds, callIds, now);
    }

    public DeadlineQuery inNetwork(Long network) {
        return new DeadlineQuery(from, to, programmeId, network, organisationId, types, statuses, organisationIds,
                steeringGroupIds, callIds, now);
    }

    public DeadlineQuery ofOrganisation(Long organisation) {
        return new DeadlineQuery(from, to, programmeId, networkId, organisation, types, statuses, organisationIds,
                steeringGroupIds, callIds, now);
    }

    public DeadlineQuery ofTypes(Collection<DeadlineType> wanted) {
        return new DeadlineQuery(from, to, programmeId, networkId, organisationId, Set.copyOf(wanted), statuses,
                organisationIds, steeringGroupIds, callIds, now);
    }

    public DeadlineQuery withStatuses(Collection<DeadlineStatus> wanted) {
        return new DeadlineQuery(from, to, programmeId, networkId, organisationId, types, Set.copyOf(wanted),
                organisationIds, steeringGroupIds, callIds, now);
    }

    /** Only these owners' deadlines (null: any organisation, or any group; empty: none). */
    public DeadlineQuery ownedBy(Set<Long> organisations, Set<Long> steeringGroups) {
        return new DeadlineQuery(from, to, programmeId, networkId, organisationId, types, statuses, organisations,
                steeringGroups, callIds, now);
    }

    public DeadlineQuery inCalls(Set<Long> calls) {
        return new DeadlineQuery(from, to, programmeId, networkId, organisationId, types, statuses, organisationIds,
                steeringGroupIds, calls, now);
    }

    public DeadlineQuery asOf(Instant moment) {
        return new DeadlineQuery(from, to, programmeId, networkId, organisationId, types, statuses, organisationIds,
                steeringGroupIds, callIds, moment);
    }

    /** Today in Helsinki at the query's moment. */
    public LocalDate today() {
        return LocalDate.ofInstant(Objects.requireNonNull(now, "the moment of the query"), Time.HELSINKI);
    }

    public boolean wants(DeadlineType type) {
        return types.isEmpty() || types.contains(type);
    }

    public boolean wants(DeadlineStatus status) {
        return statuses.isEmpty() || statuses.contains(status);
    }

    /**
     * The earliest due date an unmet deadline without a time of day may have to match: with
     * overdue ones left out, today. For sources that narrow their query by date.
     */
    public LocalDate firstUnmetDueDate() {
        LocalDate today = today();
        return wants(DeadlineStatus.OVERDUE) || (from != null && from.isAfter(today)) ? from : today;
    }

    /** The latest due date an unmet deadline without a time of day may have to match: with open ones left out, yesterday. */
    public LocalDate lastUnmetDueDate() {
        LocalDate yesterday = today().minusDays(1);
        return wants(DeadlineStatus.OPEN) || (to != null && to.isBefore(yesterday)) ? to : yesterday;
    }

    public boolean covers(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** No organisation's deadline may be listed: a source of organisations' deadlines need not look. */
    public boolean excludesOrganisations() {
        return organisationIds != null && organisationIds.isEmpty();
    }

    /** No group's deadline may be listed. */
    public boolean excludesSteeringGroups() {
        return steeringGroupIds != null && steeringGroupIds.isEmpty();
    }

    /** A programme was chosen that has no calls: no call's deadline can match. */
    public boolean excludesCalls() {
        return callIds != null && callIds.isEmpty();
    }

    public boolean matches(Deadline deadline) {
        return wants(deadline.type()) && wants(deadline.status()) && covers(deadline.dueDate())
                && (programmeId == null || programmeId.equals(deadline.programmeId()))
                && (organisationId == null || organisationId.equals(deadline.organisationId()))
                && owned(deadline);
    }

    /** Whether the deadline's owner is among those the query may list; one without an owner only when any may. */
    private boolean owned(Deadline deadline) {
        if (organisationIds == null && steeringGroupIds == null) {
            return true;
        }
        boolean byOrganisation = deadline.organisationId() != null
                && (organisationIds == null || organisationIds.contains(deadline.organisationId()));
        boolean byGroup = deadline.steeringGroupId() != null
                && (steeringGroupIds == null || steeringGroupIds.contains(deadline.steeringGroupId()));
        return byOrganisation || byGroup;
    }
}
