package fi.avustus.project;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import fi.avustus.deadline.Deadline;
import fi.avustus.deadline.DeadlineFixtures;
import fi.avustus.deadline.DeadlineQuery;
import fi.avustus.deadline.DeadlineStatus;
import fi.avustus.deadline.DeadlineType;
import fi.avustus.deadline.Deadlines;
import fi.avustus.programme.CallSummary;
import fi.avustus.review.ReviewFixtures;
import fi.avustus.security.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A funded project's usage-period end and its reports' due dates in the deadline registry. */
@IntegrationTest
class ProjectDeadlinesTest {

    @Autowired ApplicationContext context;
    @Autowired Deadlines deadlines;
    @Autowired UserDetailsService users;

    private DeadlineFixtures fixtures;
    private CallSummary call;
    private long organisationId;

    @BeforeEach
    void aCallOfItsOwnProgramme() {
        fixtures = new DeadlineFixtures(context);
        ReviewFixtures review = new ReviewFixtures(context);
        call = review.call();
        organisationId = review.organisationOf("hakija");
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theUsagePeriodEndIsDoneOncePassedAndReportsAreOverdueAfterTheirDay() {
        LocalDate today = fixtures.today();
        ProjectSummary project = fixtures.project(call, organisationId, today.minusDays(400), today.minusDays(1),
                List.of(today.minusDays(200)), today.plusDays(30));

        actAs(users, "virkailija");
        Map<String, Deadline> found = DeadlineFixtures.byKey(deadlines.find(DeadlineQuery.all().inProgramme(call.programmeId())));
        String key = "project:" + project.id() + ":";
        assertThat(found).containsOnlyKeys(key + "usage-end", key + "interim-report:1", key + "final-report");

        Deadline usageEnd = found.get(key + "usage-end");
        assertThat(usageEnd.type()).isEqualTo(DeadlineType.USAGE_PERIOD_END);
        assertThat(usageEnd.dueDate()).isEqualTo(today.minusDays(1));
        assertThat(usageEnd.status()).isEqualTo(DeadlineStatus.DONE);
        Deadline interim = found.get(key + "interim-report:1");
        assertThat(interim.type()).isEqualTo(DeadlineType.REPORT);
        assertThat(interim.dueDate()).isEqualTo(today.minusDays(200));
        assertThat(interim.status()).isEqualTo(DeadlineStatus.OVERDUE);
        Deadline finalReport = found.get(key + "final-report");
        assertThat(finalReport.status()).isEqualTo(DeadlineStatus.OPEN);
        assertThat(finalReport.dueAt()).as("a whole day").isNull();
        assertThat(found.values()).allSatisfy(deadline -> {
            assertThat(deadline.organisationId()).isEqualTo(organisationId);
            assertThat(deadline.owningRole()).isEqualTo(Role.APPLICANT);
            assertThat(deadline.programmeId()).as("from the project's call").isEqualTo(call.programmeId());
            assertThat(deadline.callId()).isEqualTo(call.id());
        });
        assertThat(usageEnd.route()).isEqualTo("applications/" + project.applicationId());
        // The reports come from the reports themselves, which the reporting cycle made from the project's dates.
        assertThat(interim.route()).startsWith("reports/");
        assertThat(finalReport.route()).startsWith("reports/");
    }

    @Test
    void aUsagePeriodThatHasNotEndedIsOpenEvenOnItsLastDay() {
        LocalDate today = fixtures.today();
        ProjectSummary project = fixtures.project(call, organisationId, today.minusDays(100), today, List.of(),
                today.plusDays(60));

        actAs(users, "admin");
        Deadline usageEnd = deadlines.find(DeadlineQuery.all().inProgramme(call.programmeId())
                .ofTypes(Set.of(DeadlineType.USAGE_PERIOD_END))).get(0);
        assertThat(usageEnd.sourceKey()).isEqualTo("project:" + project.id() + ":usage-end");
        assertThat(usageEnd.status()).isEqualTo(DeadlineStatus.OPEN);
    }

    @Test
    void statusTypeAndDateFiltersNarrowTheProjectsDeadlines() {
        LocalDate today = fixtures.today();
        ProjectSummary project = fixtures.project(call, organisationId, today.minusDays(400), today.plusDays(10),
                List.of(today.minusDays(200), today.minusDays(20)), today.plusDays(70));
        String key = "project:" + project.id() + ":";
        DeadlineQuery ofTheProgramme = DeadlineQuery.all().inProgramme(call.programmeId());

        actAs(users, "admin");
        assertThat(DeadlineFixtures.byKey(deadlines.find(ofTheProgramme.withStatuses(Set.of(DeadlineStatus.OVERDUE)))))
                .containsOnlyKeys(key + "interim-report:1", key + "interim-report:2");
        assertThat(DeadlineFixtures.byKey(deadlines.find(ofTheProgramme.ofTypes(Set.of(DeadlineType.USAGE_PERIOD_END)))))
                .containsOnlyKeys(key + "usage-end");
        assertThat(DeadlineFixtures.byKey(deadlines.find(ofTheProgramme.between(today.minusDays(30), today.plusDays(30)))))
                .containsOnlyKeys(key + "interim-report:2", key + "usage-end");
    }

    /** The sources narrow their queries by the statuses asked for; what they find must not change. */
    @Test
    void eachStatusFilterFindsWhatTheUnfilteredListHasInThatStatus() {
        LocalDate today = fixtures.today();
        ProjectSummary ended = fixtures.project(call, organisationId, today.minusDays(400), today.minusDays(1),
                List.of(today.minusDays(200)), today.plusDays(30));
        ProjectSummary endsToday = fixtures.project(call, organisationId, today.minusDays(100), today, List.of(today),
                today.plusDays(90));
        DeadlineQuery ofTheProgramme = DeadlineQuery.all().inProgramme(call.programmeId());

        actAs(users, "virkailija");
        List<Deadline> all = deadlines.find(ofTheProgramme);
        assertThat(all).extracting(Deadline::sourceKey).contains("project:" + ended.id() + ":usage-end",
                "project:" + endsToday.id() + ":usage-end");
        for (DeadlineStatus status : DeadlineStatus.values()) {
            assertThat(deadlines.find(ofTheProgramme.withStatuses(Set.of(status)))).as(status.name())
                    .containsExactlyElementsOf(all.stream().filter(deadline -> deadline.status() == status).toList());
        }
        assertThat(deadlines.find(ofTheProgramme.between(null, today.plusDays(60))
                .withStatuses(Set.of(DeadlineStatus.OPEN, DeadlineStatus.OVERDUE))))
                .as("an applicant's own list on the home page")
                .containsExactlyElementsOf(all.stream().filter(deadline -> deadline.status() != DeadlineStatus.DONE
                        && !deadline.dueDate().isAfter(today.plusDays(60))).toList());
    }
}
