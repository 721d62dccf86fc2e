package fi.avustus.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.security.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Statuses against the moment asked at, and which deadlines a query lets through. */
class DeadlineQueryTest {

    /** 23.11.2026 at 12.00 in Helsinki. */
    private static final Instant NOON = Instant.parse("2026-11-23T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aDateIsMetOnItsDayAndOverdueFromTheNextInHelsinki() {
        assertThat(DeadlineStatus.of(false, TODAY, null, NOON)).isEqualTo(DeadlineStatus.OPEN);
        assertThat(DeadlineStatus.of(false, TODAY.minusDays(1), null, NOON)).isEqualTo(DeadlineStatus.OVERDUE);
        // 23.50 UTC on the 22nd is already the 23rd in Helsinki.
        assertThat(DeadlineStatus.of(false, TODAY.minusDays(1), null, Instant.parse("2026-11-22T23:50:00Z")))
                .isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(DeadlineStatus.of(true, TODAY.minusDays(1), null, NOON)).isEqualTo(DeadlineStatus.DONE);
    }

    @Test
    void aTimeIsOverdueOnceItHasPassed() {
        Instant closing = NOON.plusSeconds(60);
        assertThat(DeadlineStatus.of(false, TODAY, closing, NOON)).isEqualTo(DeadlineStatus.OPEN);
        assertThat(DeadlineStatus.of(false, TODAY, closing, closing.plusSeconds(1))).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void theBuilderDatesATimedDeadlineOnItsHelsinkiDay() {
        Deadline closing = Deadline.of(DeadlineType.CALL_CLOSING, "application:1:call-closing").title("t")
                .dueAt(Instant.parse("2026-11-30T22:30:00Z")).build(NOON);
        assertThat(closing.dueDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(closing.status()).isEqualTo(DeadlineStatus.OPEN);
    }

    @Test
    void ownersAreLetThroughByOrganisationOrByGroup() {
        Deadline organisations = deadline("a").organisation(5L, Role.APPLICANT).build(NOON);
        Deadline groups = deadline("b").steeringGroup(7L).build(NOON);
        Deadline staffOnly = deadline("c").role(Role.ADMIN).build(NOON);

        DeadlineQuery anyone = DeadlineQuery.all().asOf(NOON);
        assertThat(anyone.matches(organisations) && anyone.matches(groups) && anyone.matches(staffOnly)).isTrue();

        DeadlineQuery applicant = anyone.ownedBy(Set.of(5L), Set.of());
        assertThat(applicant.matches(organisations)).isTrue();
        assertThat(applicant.matches(groups)).isFalse();
        assertThat(applicant.matches(staffOnly)).isFalse();

        DeadlineQuery member = anyone.ownedBy(Set.of(), Set.of(7L));
        assertThat(member.matches(groups)).isTrue();
        assertThat(member.matches(organisations)).isFalse();
        assertThat(member.excludesOrganisations()).isTrue();
        assertThat(member.excludesSteeringGroups()).isFalse();
    }

    @Test
    void typesStatusesAndDatesNarrowTheMatches() {
        Deadline report = deadline("a").due(TODAY.plusDays(3)).organisation(5L, Role.APPLICANT).build(NOON);
        DeadlineQuery query = DeadlineQuery.all().asOf(NOON);

        assertThat(query.ofTypes(Set.of(DeadlineType.REPORT)).matches(report)).isTrue();
        assertThat(query.ofTypes(Set.of(DeadlineType.CALL_CLOSING)).matches(report)).isFalse();
        assertThat(query.withStatuses(Set.of(DeadlineStatus.OVERDUE)).matches(report)).isFalse();
        assertThat(query.between(TODAY, TODAY.plusDays(3)).matches(report)).isTrue();
        assertThat(query.between(TODAY.plusDays(4), null).matches(report)).isFalse();
        assertThat(query.inProgramme(9L).matches(report)).isFalse();
        assertThat(query.inProgramme(9L).matches(report.withProgramme(9L))).isTrue();
    }

    @Test
    void theStatusesAskedForNarrowTheDatesOfUnmetDeadlines() {
        DeadlineQuery query = DeadlineQuery.all().asOf(NOON).between(TODAY.minusDays(30), TODAY.plusDays(30));
        assertThat(query.firstUnmetDueDate()).isEqualTo(TODAY.minusDays(30));
        assertThat(query.lastUnmetDueDate()).isEqualTo(TODAY.plusDays(30));

        DeadlineQuery open = query.withStatuses(Set.of(DeadlineStatus.OPEN));
        assertThat(open.firstUnmetDueDate()).isEqualTo(TODAY);
        assertThat(open.lastUnmetDueDate()).isEqualTo(TODAY.plusDays(30));

        DeadlineQuery overdue = query.withStatuses(Set.of(DeadlineStatus.OVERDUE));
        assertThat(overdue.firstUnmetDueDate()).isEqualTo(TODAY.minusDays(30));
        assertThat(overdue.lastUnmetDueDate()).isEqualTo(TODAY.minusDays(1));
        assertThat(DeadlineQuery.all().asOf(NOON).withStatuses(Set.of(DeadlineStatus.OVERDUE)).lastUnmetDueDate())
                .isEqualTo(TODAY.minusDays(1));
    }

    private static Deadline.Builder deadline(String key) {
        return Deadline.of(DeadlineType.REPORT, key).title("t").due(TODAY);
    }
}
