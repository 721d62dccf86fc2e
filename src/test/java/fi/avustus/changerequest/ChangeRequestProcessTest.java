package fi.avustus.changerequest;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.avustus.IntegrationTest;
import fi.avustus.changerequest.ChangeRequestProcess.Elements;
import fi.avustus.notification.Message;
import fi.avustus.notification.UserMessages;
import fi.avustus.project.ProjectChangeRules;
import fi.avustus.project.ProjectFixtures;
import fi.avustus.project.ProjectScheduleChanged;
import fi.avustus.project.ProjectSummary;
import fi.avustus.project.Projects;
import fi.avustus.security.Roles;
import fi.avustus.security.SystemUser;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Money;
import fi.avustus.shared.ValidationFailedException;
import fi.avustus.workflow.InboxTask;
import fi.avustus.workflow.TaskViews;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Every path of processes/change-request.bpmn, driven through the facades as the screens do:
 * accepted (the project changes, its schedule event carries the new dates), accepted with changes,
 * rejected (nothing changes); a letter and a message follow each decision.
 */
@IntegrationTest
@RecordApplicationEvents
class ChangeRequestProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taskService;
    @Autowired ApplicationContext context;
    @Autowired ChangeRequests requests;
    @Autowired ChangeRequestFlow flow;
    @Autowired Projects projects;
    @Autowired UserMessages messages;
    @Autowired List<TaskViews> taskViews;
    @Autowired UserDetailsService users;
    @Autowired ApplicationEvents events;

    private ProjectSummary project;

    @BeforeEach
    void aRunningProject() {
        AbstractAssertions.init(engine);
        project = ProjectFixtures.running(context, "hakija", "fi");
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private ChangeRequestSummary fileExtension(int days) {
        actAs(users, "hakija");
        return requests.file(project.id(), ChangeRequestForm.extension(project.usageEnd().plusDays(days),
                "Koulutukset siirtyvät kevääseen."));
    }

    private ProcessInstance instance(ChangeRequestSummary request) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ChangeRequestProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(request.id())).singleResult();
    }

    private Task decideTask(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private ChangeRequestSummary decide(ProcessInstance instance, ChangeDecision decision) {
        actAs(users, "virkailija");
        return flow.decide(decideTask(instance).getId(), decision);
    }

    private ProjectSummary reread() {
        return SystemUser.call(() -> projects.find(project.id()).orElseThrow());
    }

    @Test
    void acceptedTheExtensionMovesTheProjectsScheduleAndTheApplicantGetsTheLetter() throws IOException {
        ChangeRequestSummary request = fileExtension(60);
        ProcessInstance instance = instance(request);
        assertThat(instance).isWaitingAt(Elements.DECIDE).task().hasCandidateGroup(Roles.OFFICIAL);
        Task task = decideTask(instance);
        assertThat(routeOf(task, request)).contains("tasks/change-request/" + task.getId());

        ChangeRequestSummary decided = decide(instance, ChangeDecision.accept("Perusteltu viivästys."));

        assertThat(instance).isEnded().hasPassed(Elements.DECIDE, Elements.APPLY, Elements.ISSUE_DECISION, Elements.DECIDED);
        assertThat(decided.status()).isEqualTo(ChangeRequestStatus.ACCEPTED);
        assertThat(decided.decidedBy()).isEqualTo("virkailija");
        assertThat(decided.decidedUsageEnd()).isEqualTo(project.usageEnd().plusDays(60));
        LocalDate today = ProjectFixtures.today(context);
        ProjectSummary extended = reread();
        assertThat(extended.usageEnd()).isEqualTo(project.usageEnd().plusDays(60));
        assertThat(extended.interimReportsDue()).containsExactly(project.interimReportsDue().get(0),
                today.plusDays(ProjectFixtures.NEXT_INTERIM_IN_DAYS + 60));
        assertThat(extended.finalReportDue()).isEqualTo(project.finalReportDue().plusDays(60));
        assertThat(events.stream(ProjectScheduleChanged.class).filter(event -> event.projectId() == project.id()))
                .containsExactly(new ProjectScheduleChanged(project.id(), extended.usageEnd(), extended.interimReportsDue(),
                        extended.finalReportDue(), 60));
        assertThat(events.stream(ChangeRequestDecided.class)).contains(new ChangeRequestDecided(request.id(), project.id(),
                project.organisationId(), ChangeRequestKind.EXTENSION, ChangeRequestStatus.ACCEPTED));

        actAs(users, "hakija");
        String letter = text(requests.letter(request.id()));
        assertThat(letter).contains("Päätös muutoshakemukseen", "Käyttöajan jatkaminen", "Muutos hyväksytään haetun mukaisena.",
                ProjectChangeRules.formatDate(extended.usageEnd()), ProjectChangeRules.formatDate(extended.finalReportDue()),
                "Perusteltu viivästys.", "Oikaisuvaatimusohje");
        assertThat(told("hakija", "changerequest.notification.ACCEPTED")).isPresent();
    }

    @Test
    void acceptedWithAShorterExtensionTheProjectGetsTheDecidedEnd() throws IOException {
        ChangeRequestSummary request = fileExtension(90);
        ProcessInstance instance = instance(request);
        LocalDate shorter = project.usageEnd().plusDays(30);

        ChangeRequestSummary decided = decide(instance, new ChangeDecision(ChangeRequestStatus.ACCEPTED_WITH_CHANGES,
                "Kolmen kuukauden jatko riittää.", shorter, List.of()));

        assertThat(instance).isEnded().hasPassed(Elements.APPLY, Elements.ISSUE_DECISION);
        assertThat(decided.status()).isEqualTo(ChangeRequestStatus.ACCEPTED_WITH_CHANGES);
        assertThat(decided.requestedUsageEnd()).isEqualTo(project.usageEnd().plusDays(90));
        assertThat(decided.decidedUsageEnd()).isEqualTo(shorter);
        assertThat(reread().usageEnd()).isEqualTo(shorter);
        assertThat(reread().finalReportDue()).isEqualTo(project.finalReportDue().plusDays(30));
        actAs(users, "hakija");
        assertThat(text(requests.letter(request.id()))).contains("Muutos hyväksytään seuraavin muutoksin.",
                ProjectChangeRules.formatDate(shorter));
        assertThat(told("hakija", "changerequest.notification.ACCEPTED_WITH_CHANGES")).isPresent();
    }

    @Test
    void acceptedWithOtherAmountsTheBudgetGetsTheDecidedOnes() throws IOException {
        actAs(users, "hakija");
        ChangeRequestSummary request = requests.file(project.id(), ChangeRequestForm.reallocation(
                List.of(Money.euros("20000"), Money.euros("25000")), "Koulutuksia tarvitaan enemmän."));
        ProcessInstance instance = instance(request);
        assertThat(instance).isWaitingAt(Elements.DECIDE);

        decide(instance, new ChangeDecision(ChangeRequestStatus.ACCEPTED_WITH_CHANGES, "Puolet haetusta.", null,
                List.of(Money.euros("25000"), Money.euros("20000"))));

        assertThat(instance).isEnded().hasPassed(Elements.APPLY);
        assertThat(reread().budgetLines()).extracting(line -> line.amount().toPlainString()).containsExactly("25000.00", "20000.00");
        actAs(users, "hakija");
        assertThat(text(requests.letter(request.id()))).contains("Talousarvion rivien välinen siirto", "Henkilöstökulut");
    }

    @Test
    void rejectedNothingChangesButTheApplicantGetsTheLetter() throws IOException {
        ChangeRequestSummary request = fileExtension(60);
        ProcessInstance instance = instance(request);

        ChangeRequestSummary decided = decide(instance, ChangeDecision.reject("Hanke ehtii käyttöajassa."));

        assertThat(instance).isEnded().hasPassed(Elements.ISSUE_DECISION).hasNotPassed(Elements.APPLY);
        assertThat(decided.status()).isEqualTo(ChangeRequestStatus.REJECTED);
        assertThat(decided.decidedUsageEnd()).isNull();
        assertThat(reread()).isEqualTo(project);
        assertThat(events.stream(ProjectScheduleChanged.class)).noneMatch(event -> event.projectId() == project.id());
        actAs(users, "hakija");
        assertThat(text(requests.letter(request.id()))).contains("Muutosta ei hyväksytä.", "Hanke ehtii käyttöajassa.");
        assertThat(told("hakija", "changerequest.notification.REJECTED")).isPresent();
    }

    @Test
    void aRefusedDecisionLeavesTheTaskWaitingAndTheProjectAsItWas() {
        ChangeRequestSummary request = fileExtension(60);
        ProcessInstance instance = instance(request);

        assertThatThrownBy(() -> decide(instance, new ChangeDecision(ChangeRequestStatus.ACCEPTED_WITH_CHANGES, "Sama.",
                project.usageEnd().plusDays(60), List.of())))
                .isInstanceOfSatisfying(ValidationFailedException.class, invalid -> assertThat(invalid.violations())
                        .extracting(ValidationFailedException.Violation::messageKey).contains("changerequest.decision.unchanged"));
        assertThatThrownBy(() -> decide(instance, new ChangeDecision(ChangeRequestStatus.ACCEPTED_WITH_CHANGES, "Lyhyempi.",
                project.usageEnd(), List.of())))
                .isInstanceOfSatisfying(ValidationFailedException.class, invalid -> assertThat(invalid.violations())
                        .extracting(ValidationFailedException.Violation::messageKey).contains("project.usageEnd.notAfter"));
        assertThatThrownBy(() -> decide(instance, ChangeDecision.accept(" ")))
                .isInstanceOf(ValidationFailedException.class);
        assertThatThrownBy(() -> decide(instance, new ChangeDecision(null, "Perustelu.", null, List.of())))
                .isInstanceOf(ValidationFailedException.class);

        assertThat(instance).isWaitingAt(Elements.DECIDE);
        assertThat(reread()).isEqualTo(project);
        actAs(users, "virkailija");
        assertThat(requests.find(request.id()).orElseThrow().status()).isEqualTo(ChangeRequestStatus.PENDING);
    }

    @Test
    void aProjectClosedMeanwhileCanOnlyBeRefused() {
        ChangeRequestSummary request = fileExtension(60);
        ProcessInstance instance = instance(request);
        SystemUser.run(() -> projects.close(project.id()));

        assertThatThrownBy(() -> decide(instance, ChangeDecision.accept("Perusteltu.")))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.messageKey()).isEqualTo("project.error.closed"));
        assertThat(instance).isWaitingAt(Elements.DECIDE);

        decide(instance, ChangeDecision.reject("Hanke on päättynyt."));
        assertThat(instance).isEnded().hasNotPassed(Elements.APPLY);
    }

    @Test
    void onlyOfficialsDecide() {
        ChangeRequestSummary request = fileExtension(60);
        Task task = decideTask(instance(request));
        for (String user : List.of("hakija", "paattaja")) {
            actAs(users, user);
            assertThatThrownBy(() -> flow.decide(task.getId(), ChangeDecision.accept("Ok."))).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(instance(request)).isWaitingAt(Elements.DECIDE);
    }

    private Optional<Message> told(String username, String key) {
        actAs(users, username);
        return messages.mine().stream().filter(message -> message.key().equals(key)
                && message.link().equals("projects/" + project.id())).findFirst();
    }

    private Optional<String> routeOf(Task task, ChangeRequestSummary request) {
        InboxTask entry = new InboxTask(task.getId(), ChangeRequestProcess.KEY, task.getTaskDefinitionKey(),
                String.valueOf(request.id()), project.callId(), null, Instant.now(), null, false);
        return taskViews.stream().map(views -> views.route(entry)).flatMap(Optional::stream).findFirst();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s\u00a0\u202f]+", " ");
        }
    }
}
