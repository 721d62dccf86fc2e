package fi.avustus.project;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.IntegrationTest;
import fi.avustus.application.ApplicationFixtures;
import fi.avustus.application.Applications;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.Programmes;
import fi.avustus.review.DecisionForm;
import fi.avustus.review.DecisionSummary;
import fi.avustus.review.Decisions;
import fi.avustus.review.ReviewFixtures;
import fi.avustus.security.SystemUser;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Money;
import fi.avustus.shared.ValidationFailedException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A positive decision creates the funded project with its accepted budget, report due dates, name
 * and contact person; accepted changes extend, reallocate and name a new contact; closing ends
 * every change; applicants see only their own organisations' projects.
 */
@IntegrationTest
@RecordApplicationEvents
class ProjectsIntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Decisions decisions;
    @Autowired
    Projects projects;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApplicationEvents events;

    private CallSummary call;
    private long applicationId;
    private long organisationId;

    @BeforeEach
    void aCallAndAnApplicationOfHakija() {
        ReviewFixtures fixtures = new ReviewFixtures(context);
        call = fixtures.call();
        applicationId = ReviewFixtures.newApplicationId();
        organisationId = fixtures.organisationOf("hakija");
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private DecisionSummary decide(DecisionForm form) {
        actAs(userDetails, "virkailija");
        DecisionSummary proposed = decisions.propose(form);
        actAs(userDetails, "paattaja");
        return decisions.approve(proposed.id());
    }

    @Test
    void aPositiveDecisionCreatesTheProjectWithItsAcceptedBudgetAndReportDates() {
        DecisionSummary decision = decide(ReviewFixtures.proposal(applicationId, call, organisationId, "fi"));

        actAs(userDetails, "hakija");
        ProjectSummary project = projects.ofApplication(applicationId).orElseThrow();
        assertThat(project.decisionId()).isEqualTo(decision.id());
        assertThat(project.grantedAmount()).isEqualByComparingTo("40000");
        assertThat(project.budgetLines()).containsExactly(
                new ProjectBudgetLine("STAFF", 2026, "Koordinaattori 50 %", Money.euros("30000")),
                new ProjectBudgetLine("PURCHASED_SERVICES", 2027, "Opettajien koulutukset", Money.euros("15000")));
        assertThat(project.interimReportsDue()).containsExactly(LocalDate.of(2027, 1, 31));
        assertThat(project.finalReportDue()).isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(project.reportDueDates()).containsExactly(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 9, 30));
        assertThat(project.status()).isEqualTo(ProjectStatus.OPEN);
        assertThat(projects.mine()).extracting(ProjectSummary::applicationId).contains(applicationId);
        assertThat(projects.find(project.id())).contains(project);
    }

    @Test
    void aRefusalCreatesNoProject() {
        DecisionForm refusal = ReviewFixtures.proposal(applicationId, call, organisationId, "fi");
        refusal.setPositive(false);
        refusal.setGrantedAmount(null);
        refusal.setInstalments(java.util.List.of());
        decide(refusal);
        actAs(userDetails, "hakija");
        assertThat(projects.ofApplication(applicationId)).isEmpty();
    }

    @Test
    void theProjectIsNamedAndItsContactPersonIsTheApplications() {
        CallSummary open = ApplicationFixtures.openCall(userDetails, context.getBean(Programmes.class),
                context.getBean(Calls.class), context.getBean(Organisations.class), context.getBean(Clock.class));
        long submitted = ApplicationFixtures.submitted(userDetails, context.getBean(Applications.class), open.id());
        long organisation = context.getBean(Applications.class).find(submitted).orElseThrow().summary().organisationId();
        decide(ReviewFixtures.proposal(submitted, open, organisation, "fi"));

        actAs(userDetails, "hakija");
        ProjectSummary project = projects.ofApplication(submitted).orElseThrow();
        assertThat(project.name()).isEqualTo("Jatkuvan oppimisen verkosto");
        assertThat(project.contact()).isEqualTo(new ProjectContact("Maija Meikäläinen", "maija.meikalainen@example.fi",
                "+358 40 123 4567"));
    }

    @Test
    void anExtensionMovesTheUsageEndAndEveryDueDateNotYetPassedAndAnnouncesTheNewSchedule() {
        ProjectSummary project = ProjectFixtures.running(context, "hakija", "fi");
        LocalDate today = ProjectFixtures.today(context);

        ProjectSummary extended = SystemUser.call(() -> projects.extendUsage(project.id(), project.usageEnd().plusDays(45)));

        assertThat(extended.usageEnd()).isEqualTo(today.plusDays(ProjectFixtures.ENDS_IN_DAYS + 45));
        assertThat(extended.interimReportsDue()).containsExactly(today.minusDays(ProjectFixtures.PAST_INTERIM_DAYS_AGO),
                today.plusDays(ProjectFixtures.NEXT_INTERIM_IN_DAYS + 45));
        assertThat(extended.finalReportDue()).isEqualTo(today.plusDays(ProjectFixtures.FINAL_REPORT_IN_DAYS + 45));
        assertThat(SystemUser.call(() -> projects.find(project.id()).orElseThrow())).isEqualTo(extended);
        assertThat(events.stream(ProjectScheduleChanged.class).filter(event -> event.projectId() == project.id()))
                .containsExactly(new ProjectScheduleChanged(project.id(), extended.usageEnd(), extended.interimReportsDue(),
                        extended.finalReportDue(), 45));
    }

    @Test
    void aReportDueTodayHasNotPassedAndMovesWithTheExtension() {
        LocalDate today = ProjectFixtures.today(context);
        DecisionForm form = ProjectFixtures.proposal(applicationId, call, organisationId, "fi", today);
        form.setInterimReports(List.of(today.minusDays(1), today));
        ProjectSummary project = ProjectFixtures.decide(context, form);

        ProjectSummary extended = SystemUser.call(() -> projects.extendUsage(project.id(), project.usageEnd().plusDays(10)));

        assertThat(extended.interimReportsDue()).containsExactly(today.minusDays(1), today.plusDays(10));
    }

    @Test
    void anExtensionMustEndLaterThanTheUsagePeriodNow() {
        ProjectSummary project = ProjectFixtures.running(context, "hakija", "fi");

        for (LocalDate wrong : new LocalDate[] {project.usageEnd(), project.usageEnd().minusDays(1), null}) {
            assertThatThrownBy(() -> SystemUser.run(() -> projects.extendUsage(project.id(), wrong)))
                    .isInstanceOfSatisfying(ValidationFailedException.class, invalid -> assertThat(invalid.violations())
                            .extracting(ValidationFailedException.Violation::field).containsOnly(ProjectChangeRules.NEW_USAGE_END));
        }
        assertThat(SystemUser.call(() -> projects.find(project.id()).orElseThrow())).isEqualTo(project);
        assertThat(events.stream(ProjectScheduleChanged.class)).noneMatch(event -> event.projectId() == project.id());
    }

    @Test
    void aUsagePeriodThatHasEndedIsNotExtended() {
        LocalDate today = ProjectFixtures.today(context);
        DecisionForm form = ProjectFixtures.proposal(applicationId, call, organisationId, "fi", today);
        form.setUsageEnd(today.minusDays(1));
        form.setInterimReports(List.of(today.minusDays(30)));
        ProjectSummary ended = ProjectFixtures.decide(context, form);

        assertThatThrownBy(() -> SystemUser.run(() -> projects.extendUsage(ended.id(), today.plusDays(30))))
                .isInstanceOfSatisfying(ValidationFailedException.class, invalid -> assertThat(invalid.violations())
                        .extracting(ValidationFailedException.Violation::messageKey).containsExactly("project.usageEnd.passed"));
    }

    @Test
    void aReallocationKeepsTheLinesAndTheirTotal() {
        ProjectSummary project = ProjectFixtures.running(context, "hakija", "fi");
        List<ProjectBudgetLine> moved = List.of(project.budgetLines().get(0).withAmount(Money.euros("25000")),
                project.budgetLines().get(1).withAmount(Money.euros("20000")));

        ProjectSummary reallocated = SystemUser.call(() -> projects.reallocate(project.id(), moved));

        assertThat(reallocated.budgetLines()).containsExactlyElementsOf(moved);
        assertThat(reallocated.budgetTotal()).isEqualByComparingTo(project.budgetTotal());
    }

    @Test
    void aReallocationThatChangesTheTotalMakesALineNegativeOrChangesTheLinesIsRefused() {
        ProjectSummary project = ProjectFixtures.running(context, "hakija", "fi");
        ProjectBudgetLine staff = project.budgetLines().get(0);
        ProjectBudgetLine services = project.budgetLines().get(1);

        assertRefused(project, List.of(staff.withAmount(Money.euros("31000")), services), "project.budget.totalChanged");
        assertRefused(project, List.of(staff.withAmount(Money.euros("46000")), services.withAmount(Money.euros("-1000"))),
                "validation.negative");
        assertRefused(project, List.of(staff), "project.budget.lines");
        assertRefused(project, List.of(services, staff), "project.budget.lines");
        assertThat(SystemUser.call(() -> projects.find(project.id()).orElseThrow()).budgetLines())
                .isEqualTo(project.budgetLines());
    }

    private void assertRefused(ProjectSummary project, List<ProjectBudgetLine> lines, String messageKey) {
        assertThatThrownBy(() -> SystemUser.run(() -> projects.reallocate(project.id(), lines)))
                .isInstanceOfSatisfying(ValidationFailedException.class, invalid -> assertThat(invalid.violations())
                        .extracting(ValidationFailedException.Violation::messageKey).contains(messageKey));
    }

    @Test
    void aNewContactPersonNeedsANameAndAValidAddress() {
        ProjectSummary project = ProjectFixtures.running(context, "hakija", "fi");
        ProjectContact contact = new ProjectContact(" Pekka Projekti ", "pekka@example.fi", "");

        assertThat(SystemUser.call(() -> projects.changeContact(project.id(), contact)).contact())
                .isEqualTo(new ProjectContact("Pekka Projekti", "pekka@example.fi", null));
        assertThatThrownBy(() -> SystemUser.run(() -> projects.changeContact(project.id(),
                new ProjectContact("", "not an address", null))))
                .isInstanceOfSatisfying(ValidationFailedException.class, invalid -> assertThat(invalid.violations())
                        .extracting(ValidationFailedException.Violation::messageKey)
                        .containsExactlyInAnyOrder("validation.required", "project.contact.email"));
    }

    @Test
    void aClosedProjectRefusesEveryChange() {
        ProjectSummary project = ProjectFixtures.running(context, "hakija", "fi");

        ProjectSummary closed = SystemUser.call(() -> projects.close(project.id()));
        assertThat(closed.status()).isEqualTo(ProjectStatus.CLOSED);
        assertThat(SystemUser.call(() -> projects.close(project.id()))).isEqualTo(closed);
        assertThat(events.stream(ProjectClosed.class).filter(event -> event.projectId() == project.id())).hasSize(1);

        assertClosed(() -> projects.extendUsage(project.id(), project.usageEnd().plusDays(30)));
        assertClosed(() -> projects.reallocate(project.id(), project.budgetLines()));
        assertClosed(() -> projects.changeContact(project.id(), new ProjectContact("Pekka", "pekka@example.fi", null)));
        ProjectSummary after = SystemUser.call(() -> projects.find(project.id()).orElseThrow());
        assertThat(after.usageEnd()).isEqualTo(project.usageEnd());
        assertThat(after.contact()).isEqualTo(project.contact());
    }

    private static void assertClosed(Runnable change) {
        assertThatThrownBy(() -> SystemUser.run(change)).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("project.error.closed"));
    }

    @Test
    void onlyTheSystemChangesAProjectAndOnlyAdministratorsCloseIt() {
        ProjectSummary project = ProjectFixtures.running(context, "hakija", "fi");
        for (String user : List.of("hakija", "virkailija")) {
            actAs(userDetails, user);
            assertThatThrownBy(() -> projects.extendUsage(project.id(), project.usageEnd().plusDays(30)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> projects.close(project.id())).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void applicantsSeeTheirOwnOrganisationsProjectsAndStaffSeeAllByCallAndProgramme() {
        ProjectSummary project = ProjectFixtures.running(context, "hakija", "fi");

        actAs(userDetails, "sokande");
        assertThatThrownBy(() -> projects.find(project.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(projects.mine()).extracting(ProjectSummary::id).doesNotContain(project.id());
        assertThatThrownBy(() -> projects.list(ProjectFilter.all(), Pageable.unpaged())).isInstanceOf(AccessDeniedException.class);

        actAs(userDetails, "paattaja");
        long programmeId = context.getBean(Calls.class).find(project.callId()).orElseThrow().programmeId();
        assertThat(projects.list(new ProjectFilter(null, project.callId(), null), Pageable.unpaged()))
                .extracting(ProjectSummary::id).containsExactly(project.id());
        assertThat(projects.list(new ProjectFilter(programmeId, null, ProjectStatus.OPEN), Pageable.unpaged()))
                .extracting(ProjectSummary::id).containsExactly(project.id());
        assertThat(projects.list(new ProjectFilter(programmeId, null, ProjectStatus.CLOSED), Pageable.unpaged())).isEmpty();
    }
}
