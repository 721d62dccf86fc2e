package fi.avustus.deadline;

import fi.avustus.security.Role;
import fi.avustus.shared.Time;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One deadline as its owning module sees it now.
 *
 * @param sourceKey       stable across changes of the date, unique in the product (e.g.
 *                        "application:42:completion"), so that reminders can be kept once per deadline
 * @param title           what is due, in the viewer's language
 * @param dueDate         the last day (in Helsinki); for a timed deadline the day of {@code dueAt}
 * @param dueAt           the moment for deadlines with a time of day (a call's closing), else null
 * @param programmeId     the programme it belongs to; the registry fills it from {@code callId} when null
 * @param callId          the call of the case, when there is one
 * @param organisationId  the organisation that has to act, null for deadlines that staff or a group own
 * @param steeringGroupId the steering group that has to act, else null
 * @param owningRole      who acts: applicants of the organisation, the group's members, staff
 * @param route           the Vaadin route of the case, for links (e.g. "applications/42")
 */
public record Deadline(DeadlineType type, String sourceKey, DeadlineText title, LocalDate dueDate, Instant dueAt,
                       DeadlineStatus status, Long programmeId, Long callId, Long organisationId,
                       Long steeringGroupId, Role owningRole, String route) {

    /** Soonest first; on the same day a deadline with a time before one that lasts the whole day. */
    public static final Comparator<Deadline> BY_DUE = Comparator.comparing(Deadline::dueDate)
            .thenComparing(Deadline::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Deadline::sourceKey);

    public Deadline {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(status, "status");
    }

    public static Builder of(DeadlineType type, String sourceKey) {
        return new Builder(type, sourceKey);
    }

    public Deadline withProgramme(Long programme) {
        return new Deadline(type, sourceKey, title, dueDate, dueAt, status, programme, callId, organisationId,
                steeringGroupId, owningRole, route);
    }

    /** Builds a deadline step by step; {@link #build(Instant)} works out its status at that moment. */
    public static final class Builder {

        private final DeadlineType type;
        private final String sourceKey;
        private DeadlineText title;
        private LocalDate dueDate;
        private Instant dueAt;
        private boolean done;
        private Long programmeId;
        private Long callId;
        private Long organisationId;
        private Long steeringGroupId;
        private Role owningRole;
        private String route;

        private Builder(DeadlineType type, String sourceKey) {
            this.type = type;
            this.sourceKey = sourceKey;
        }

        public Builder title(String key, Object... args) {
            this.title = DeadlineText.of(key, args);
            return this;
        }

        /** Due by the end of this day. */
        public Builder due(LocalDate date) {
            this.dueDate = date;
            this.dueAt = null;
            return this;
        }

        /** Due at this moment. */
        public Builder dueAt(Instant moment) {
            this.dueAt = moment;
            this.dueDate = LocalDate.ofInstant(moment, Time.HELSINKI);
            return this;
        }

        /** Met, or no longer due (a closed round). */
        public Builder done(boolean met) {
            this.done = met;
            return this;
        }

        public Builder programme(Long id) {
            this.programmeId = id;
            return this;
        }

        public Builder call(Long id) {
            this.callId = id;
            return this;
        }

        /** The organisation's people act (as {@code role}). */
        public Builder organisation(Long id, Role role) {
            this.organisationId = id;
            this.owningRole = role;
            return this;
        }

        /** The group's members act. */
        public Builder steeringGroup(Long id) {
            this.steeringGroupId = id;
            this.owningRole = Role.STEERING_GROUP;
            return this;
        }

        public Builder role(Role role) {
            this.owningRole = role;
            return this;
        }

        public Builder route(String path) {
            this.route = path;
            return this;
        }

        public Deadline build(Instant now) {
            return new Deadline(type, sourceKey, title, dueDate, dueAt, DeadlineStatus.of(done, dueDate, dueAt, now),
                    programmeId, callId, organisationId, steeringGroupId, owningRole, route);
        }
    }
}
