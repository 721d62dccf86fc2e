package fi.avustus.changerequest;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fi.avustus.IntegrationTest;
import fi.avustus.audit.AuditEntry;
import fi.avustus.audit.AuditLog;
import fi.avustus.changerequest.internal.ChangeRequest;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.ProgrammeForm;
import fi.avustus.programme.Programmes;
import fi.avustus.project.ProjectChangeRules;
import fi.avustus.project.ProjectContact;
import fi.avustus.project.ProjectFixtures;
import fi.avustus.project.ProjectSummary;
import fi.avustus.project.Projects;
import fi.avustus.review.DecisionForm;
import fi.avustus.review.ReviewFixtures;
import fi.avustus.security.SystemUser;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Money;
import fi.avustus.shared.ValidationFailedException;
import fi.avustus.shared.ValidationFailedException.Violation;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Filing change requests: what is accepted at once (a reallocation up to the programme's threshold
 * of each line, a new contact person), what goes to an official, and what is refused with nothing
 * stored. The project's budget is staff costs 30 000 € and purchased services 15 000 €, so 20 % of
 * the smaller line is 3 000 €.
 */
@IntegrationTest
@RecordApplicationEvents
class ChangeRequestsIntegrationTest {

    private static final String JUSTIFICATION = "Koulutuksia tarvitaan enemmän kuin suunniteltiin.";

    @Autowired ApplicationContext context;
    @Autowired ChangeRequests requests;
    @Autowired Projects projects;
    @Autowired RuntimeService runtime;
    @Autowired AuditLog auditLog;
    @Autowired UserDetailsService users;
    @Autowired ApplicationEvents events;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private ProjectSummary project() {
        return ProjectFixtures.running(context, "hakija", "fi");
    }

    /** Moves this much from staff costs to purchased services, as the applicant. */
    private ChangeRequestSummary move(ProjectSummary project, String amount) {
        actAs(users, "hakija");
        return requests.file(project.id(), ChangeRequestForm.reallocation(List.of(Money.euros("30000").subtract(Money.euros(amount)),
                Money.euros("15000").add(Money.euros(amount))), JUSTIFICATION));
    }

    private ProjectSummary reread(ProjectSummary project) {
        return SystemUser.call(() -> projects.find(project.id()).orElseThrow());
    }

    private boolean processStarted(ChangeRequestSummary request) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ChangeRequestProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(request.id())).count() > 0;
    }

    @Test
    void aReallocationJustBelowTheThresholdIsAcceptedAutomaticallyAndLogged() {
        ProjectSummary project = project();

        ChangeRequestSummary request = move(project, "2999.99");

        assertThat(request.status()).isEqualTo(ChangeRequestStatus.ACCEPTED_AUTOMATICALLY);
        assertThat(reread(project).budgetLines()).extracting(line -> line.amount().toPlainString())
                .containsExactly("27000.01", "17999.99");
        assertThat(processStarted(request)).isFalse();
        assertThat(events.stream(ChangeRequestDecided.class)).contains(new ChangeRequestDecided(request.id(), project.id(),
                project.organisationId(), ChangeRequestKind.REALLOCATION, ChangeRequestStatus.ACCEPTED_AUTOMATICALLY));
        List<AuditEntry> history = auditLog.history(ChangeRequest.class, request.id());
        assertThat(history).singleElement().satisfies(entry -> {
            assertThat(entry.username()).isEqualTo("hakija");
            assertThat(entry.kind()).isEqualTo(AuditEntry.Kind.CREATED);
        });
        assertThat(requests.ofProject(project.id())).singleElement().satisfies(listed -> {
            assertThat(listed.status()).isEqualTo(ChangeRequestStatus.ACCEPTED_AUTOMATICALLY);
            assertThat(listed.filedBy()).isEqualTo("hakija");
            assertThat(listed.decidedBy()).isEqualTo(SystemUser.USERNAME);
            assertThat(listed.lines()).extracting(ChangeLine::decided).containsExactly(Money.euros("27000.01"), Money.euros("17999.99"));
        });
    }

    @Test
    void aReallocationAtTheThresholdIsAcceptedAutomatically() {
        ProjectSummary project = project();

        assertThat(move(project, "3000.00").status()).isEqualTo(ChangeRequestStatus.ACCEPTED_AUTOMATICALLY);
        assertThat(reread(project).budgetLines()).extracting(line -> line.amount().toPlainString())
                .containsExactly("27000.00", "18000.00");
    }

    @Test
    void aReallocationJustAboveTheThresholdWaitsForAnOfficial() {
        ProjectSummary project = project();

        ChangeRequestSummary request = move(project, "3000.01");

        assertThat(request.status()).isEqualTo(ChangeRequestStatus.PENDING);
        assertThat(processStarted(request)).isTrue();
        assertThat(reread(project).budgetLines()).isEqualTo(project.budgetLines());
        assertThat(events.stream(ChangeRequestDecided.class)).noneMatch(event -> event.changeRequestId() == request.id());
    }

    @Test
    void theThresholdIsTheProgrammes() {
        ReviewFixtures fixtures = new ReviewFixtures(context);
        CallSummary call = fixtures.call();
        ProjectSummary first = inCall(call, fixtures);
        ProjectSummary second = inCall(call, fixtures);
        SystemUser.run(() -> {
            Programmes programmes = context.getBean(Programmes.class);
            ProgrammeForm form = ProgrammeForm.of(programmes.find(call.programmeId()).orElseThrow());
            form.setChangeThresholdPercent(10);
            programmes.update(call.programmeId(), form);
        });

        assertThat(move(first, "1500.01").status()).isEqualTo(ChangeRequestStatus.PENDING);
        assertThat(move(second, "1500.00").status()).isEqualTo(ChangeRequestStatus.ACCEPTED_AUTOMATICALLY);
    }

    private ProjectSummary inCall(CallSummary call, ReviewFixtures fixtures) {
        return ProjectFixtures.decide(context, ProjectFixtures.proposal(ReviewFixtures.newApplicationId(), call,
                fixtures.organisationOf("hakija"), "fi", ProjectFixtures.today(context)));
    }

    @Test
    void aNewContactPersonIsAcceptedAutomatically() {
        ProjectSummary project = project();
        actAs(users, "hakija");

        ChangeRequestSummary request = requests.file(project.id(), ChangeRequestForm.contact(
                new ProjectContact("Pekka Projekti", "pekka.projekti@example.fi", "040 765 4321"), "Maija jää eläkkeelle."));

        assertThat(request.status()).isEqualTo(ChangeRequestStatus.ACCEPTED_AUTOMATICALLY);
        assertThat(reread(project).contact()).isEqualTo(new ProjectContact("Pekka Projekti", "pekka.projekti@example.fi",
                "040 765 4321"));
        assertThat(processStarted(request)).isFalse();
    }

    @Test
    void anExtensionWaitsForAnOfficialAndIsMarkedLateWithLessThanThirtyDaysLeft() {
        ProjectSummary ahead = project();
        actAs(users, "hakija");
        ChangeRequestSummary inTime = requests.file(ahead.id(), ChangeRequestForm.extension(ahead.usageEnd().plusMonths(3), JUSTIFICATION));
        assertThat(inTime.status()).isEqualTo(ChangeRequestStatus.PENDING);
        assertThat(inTime.late()).isFalse();
        assertThat(inTime.usageEndBefore()).isEqualTo(ahead.usageEnd());
        assertThat(processStarted(inTime)).isTrue();
        assertThat(reread(ahead).usageEnd()).isEqualTo(ahead.usageEnd());

        ProjectSummary endingSoon = projectEndingIn(29);
        actAs(users, "hakija");
        assertThat(requests.lateForExtension(endingSoon)).isTrue();
        ChangeRequestSummary late = requests.file(endingSoon.id(), ChangeRequestForm.extension(endingSoon.usageEnd().plusMonths(2), JUSTIFICATION));
        assertThat(late.late()).isTrue();
        assertThat(late.status()).isEqualTo(ChangeRequestStatus.PENDING);
        assertThat(requests.lateForExtension(projectEndingIn(30))).isFalse();
    }

    private ProjectSummary projectEndingIn(int days) {
        ReviewFixtures fixtures = new ReviewFixtures(context);
        DecisionForm form = ProjectFixtures.proposal(ReviewFixtures.newApplicationId(), fixtures.call(),
                fixtures.organisationOf("hakija"), "fi", ProjectFixtures.today(context));
        form.setUsageEnd(ProjectFixtures.today(context).plusDays(days));
        form.setInterimReports(List.of());
        return ProjectFixtures.decide(context, form);
    }

    @Test
    void aClosedProjectTakesNoChangeRequest() {
        ProjectSummary project = project();
        SystemUser.run(() -> projects.close(project.id()));
        actAs(users, "hakija");

        assertThatThrownBy(() -> requests.file(project.id(), ChangeRequestForm.extension(project.usageEnd().plusDays(30), JUSTIFICATION)))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.messageKey()).isEqualTo("project.error.closed"));
        assertThat(requests.ofProject(project.id())).isEmpty();
    }

    @Test
    void badRequestsAreRefusedFieldByFieldAndNothingIsStored() {
        ProjectSummary project = project();
        actAs(users, "hakija");

        assertRefused(project, ChangeRequestForm.extension(project.usageEnd(), JUSTIFICATION),
                ProjectChangeRules.NEW_USAGE_END, "project.usageEnd.notAfter");
        assertRefused(project, ChangeRequestForm.extension(project.usageEnd().minusDays(10), JUSTIFICATION),
                ProjectChangeRules.NEW_USAGE_END, "project.usageEnd.notAfter");
        assertRefused(project, ChangeRequestForm.reallocation(List.of(Money.euros("30000"), Money.euros("16000")), JUSTIFICATION),
                ProjectChangeRules.BUDGET_LINES, "project.budget.totalChanged");
        assertRefused(project, ChangeRequestForm.reallocation(List.of(Money.euros("46000"), Money.euros("-1000")), JUSTIFICATION),
                ProjectChangeRules.amountField(1), "validation.negative");
        assertRefused(project, ChangeRequestForm.reallocation(List.of(Money.euros("30000"), Money.euros("15000")), JUSTIFICATION),
                ProjectChangeRules.BUDGET_LINES, "changerequest.reallocation.unchanged");
        assertRefused(project, ChangeRequestForm.reallocation(List.of(Money.euros("45000")), JUSTIFICATION),
                ProjectChangeRules.amountField(1), "validation.required");
        assertRefused(project, ChangeRequestForm.reallocation(List.of(Money.euros("15000"), Money.euros("15000"),
                Money.euros("15000")), JUSTIFICATION), ProjectChangeRules.BUDGET_LINES, "project.budget.lines");
        assertRefused(project, ChangeRequestForm.extension(project.usageEnd().plusDays(30), "  "),
                "justification", "validation.required");
        assertRefused(project, ChangeRequestForm.contact(new ProjectContact("Pekka", "ei osoite", null), JUSTIFICATION),
                ProjectChangeRules.CONTACT_EMAIL, "project.contact.email");
        assertRefused(project, new ChangeRequestForm(null, JUSTIFICATION, null, List.of(), null), "kind", "validation.required");
        assertThat(requests.ofProject(project.id())).isEmpty();
        assertThat(reread(project)).isEqualTo(project);
    }

    private void assertRefused(ProjectSummary project, ChangeRequestForm form, String field, String messageKey) {
        assertThatThrownBy(() -> requests.file(project.id(), form)).isInstanceOfSatisfying(ValidationFailedException.class,
                invalid -> assertThat(invalid.violations()).extracting(Violation::field, Violation::messageKey)
                        .contains(tuple(field, messageKey)));
    }

    @Test
    void aSecondExtensionWaitsUntilTheFirstIsDecided() {
        ProjectSummary project = project();
        actAs(users, "hakija");
        requests.file(project.id(), ChangeRequestForm.extension(project.usageEnd().plusDays(30), JUSTIFICATION));

        assertThatThrownBy(() -> requests.file(project.id(), ChangeRequestForm.extension(project.usageEnd().plusDays(60), JUSTIFICATION)))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.messageKey()).isEqualTo("changerequest.error.pending"));
        assertThat(requests.ofProject(project.id())).hasSize(1);
    }

    @Test
    void onlyTheProjectsOwnApplicantsFileAndReadItsRequests() {
        ProjectSummary project = project();
        ChangeRequestForm extension = ChangeRequestForm.extension(project.usageEnd().plusDays(30), JUSTIFICATION);

        actAs(users, "sokande");
        assertThatThrownBy(() -> requests.file(project.id(), extension)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.ofProject(project.id())).isInstanceOf(AccessDeniedException.class);
        actAs(users, "virkailija");
        assertThatThrownBy(() -> requests.file(project.id(), extension)).isInstanceOf(AccessDeniedException.class);
        assertThat(requests.ofProject(project.id())).isEmpty();

        actAs(users, "hakija");
        long id = requests.file(project.id(), extension).id();
        actAs(users, "sokande");
        assertThatThrownBy(() -> requests.find(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.letter(id)).isInstanceOf(AccessDeniedException.class);
    }
}
