package fi.avustus.changerequest.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import fi.avustus.changerequest.ChangeRequestForm;
import fi.avustus.changerequest.ChangeRequestKind;
import fi.avustus.changerequest.ChangeRequestProcess;
import fi.avustus.changerequest.ChangeRequestStatus;
import fi.avustus.changerequest.ChangeRequestSummary;
import fi.avustus.changerequest.ChangeRequests;
import fi.avustus.project.ProjectFixtures;
import fi.avustus.project.ProjectSummary;
import fi.avustus.project.ui.ProjectTexts;
import fi.avustus.project.Projects;
import fi.avustus.review.DecisionForm;
import fi.avustus.review.ReviewFixtures;
import fi.avustus.security.SystemUser;
import fi.avustus.shared.Money;
import fi.avustus.ui.UiTest;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The change-request screens in a mocked browser: the applicant's form (accepted at once, late
 * warning, refusals on their fields), the section on the project's page, and the official's decision.
 */
class ChangeRequestViewsTest extends UiTest {

    @Autowired ApplicationContext context;
    @Autowired Projects projects;
    @Autowired ChangeRequests requests;
    @Autowired TaskService tasks;
    @Autowired UserDetailsService users;

    private ProjectSummary project;

    @BeforeEach
    void aRunningProjectOfHakija() {
        project = ProjectFixtures.running(context, "hakija", "fi");
    }

    private void openForm(ProjectSummary target) {
        login("hakija");
        UI.getCurrent().navigate("projects/" + project.id());
        if (target.id() == project.id()) {
            _click(_get(Button.class, spec -> spec.withId("new-change-request")));
        } else {
            UI.getCurrent().navigate(ChangeRequestFormView.path(target.id()));
        }
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(ChangeRequestFormView.path(target.id()));
    }

    @SuppressWarnings("unchecked")
    private static void kind(ChangeRequestKind kind) {
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("kind")), kind);
    }

    private static BigDecimalField amountInput(String table, int row) {
        Grid<?> grid = _get(Grid.class, spec -> spec.withId(table));
        return (BigDecimalField) GridKt._getCellComponent(grid, row, AmountsTable.NEW);
    }

    @Test
    void aReallocationWithinTheThresholdIsInForceAtOnceAndListedOnThePage() {
        openForm(project);
        kind(ChangeRequestKind.REALLOCATION);
        amountInput("amounts", 0).setValue(Money.euros("27500"));
        amountInput("amounts", 1).setValue(Money.euros("17500"));
        Grid<?> amounts = _get(Grid.class, spec -> spec.withId("amounts"));
        assertThat(((Span) GridKt._getCellComponent(amounts, 1, AmountsTable.SHIFT)).getText()).isEqualTo("+16,7 %");
        _setValue(_get(TextArea.class, spec -> spec.withId("justification")), "Koulutuksia tarvitaan enemmän.");
        _click(_get(Button.class, spec -> spec.withId("file")));

        NotificationsKt.expectNotifications("Muutos hyväksyttiin automaattisesti ja on voimassa.");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("projects/" + project.id());
        Grid<?> list = _get(Grid.class, spec -> spec.withId("change-request-list"));
        assertThat(GridKt._size(list)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(list, 0)).contains("Talousarvion rivien välinen siirto");
        assertThat(((Span) GridKt._getCellComponent(list, 0, "status")).getText()).isEqualTo("Hyväksytty automaattisesti");
        Grid<?> budget = _get(Grid.class, spec -> spec.withId("budget"));
        assertThat(GridKt._getFormattedRow(budget, 1)).anyMatch(cell -> cell.replace('\u00a0', ' ').startsWith("17 500,00"));
    }

    @Test
    void anExtensionWithLittleTimeLeftIsWarnedAboutButCanBeFiled() {
        ProjectSummary endingSoon = projectEndingIn(20);
        openForm(endingSoon);
        kind(ChangeRequestKind.EXTENSION);
        assertThat(_get(Paragraph.class, spec -> spec.withId("late-warning")).getText()).contains("20 päivää", "30 päivää");
        _setValue(_get(DatePicker.class, spec -> spec.withId("newUsageEnd")), endingSoon.usageEnd().plusMonths(2));
        _setValue(_get(TextArea.class, spec -> spec.withId("justification")), "Sairauspoissaolot viivästyttivät koulutuksia.");
        _click(_get(Button.class, spec -> spec.withId("file")));

        NotificationsKt.expectNotifications("Muutoshakemus lähetettiin virkailijan ratkaistavaksi.");
        actAs(users, "hakija");
        assertThat(requests.ofProject(endingSoon.id())).singleElement().satisfies(request -> {
            assertThat(request.status()).isEqualTo(ChangeRequestStatus.PENDING);
            assertThat(request.late()).isTrue();
        });
    }

    @Test
    void anExtensionInGoodTimeHasNoWarning() {
        openForm(project);
        kind(ChangeRequestKind.EXTENSION);
        _assertNone(Paragraph.class, spec -> spec.withId("late-warning"));
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
    void badInputIsShownOnItsFieldsAndNothingIsStored() {
        openForm(project);
        kind(ChangeRequestKind.EXTENSION);
        DatePicker newUsageEnd = _get(DatePicker.class, spec -> spec.withId("newUsageEnd"));
        _setValue(newUsageEnd, project.usageEnd());
        _click(_get(Button.class, spec -> spec.withId("file")));

        assertThat(newUsageEnd.isInvalid()).isTrue();
        assertThat(newUsageEnd.getErrorMessage()).contains("nykyisen", ProjectTexts.date(project.usageEnd()));
        assertThat(_get(TextArea.class, spec -> spec.withId("justification")).isInvalid()).isTrue();

        kind(ChangeRequestKind.REALLOCATION);
        amountInput("amounts", 1).setValue(Money.euros("-100"));
        _setValue(_get(TextArea.class, spec -> spec.withId("justification")), "Perustelu.");
        _click(_get(Button.class, spec -> spec.withId("file")));
        assertThat(amountInput("amounts", 1).isInvalid()).isTrue();

        actAs(users, "hakija");
        assertThat(requests.ofProject(project.id())).isEmpty();
    }

    @Test
    void anotherOrganisationsApplicantCannotOpenTheForm() {
        login("sokande");
        UI.getCurrent().navigate(ChangeRequestFormView.path(project.id()));
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .anyMatch(target -> target.getClass().getSimpleName().contains("NotFound"));
    }

    @Test
    void aClosedProjectsFormSaysSo() {
        SystemUser.run(() -> projects.close(project.id()));
        login("hakija");
        UI.getCurrent().navigate(ChangeRequestFormView.path(project.id()));
        assertThat(_get(Paragraph.class, spec -> spec.withId("closed")).getText()).isEqualTo("Hanke on päättynyt, eikä sitä voi enää muuttaa.");
        _assertNone(Button.class, spec -> spec.withId("file"));
    }

    @Test
    void theOfficialAcceptsAShorterExtensionOnTheTaskScreen() {
        actAs(users, "hakija");
        ChangeRequestSummary request = requests.file(project.id(),
                ChangeRequestForm.extension(project.usageEnd().plusDays(90), "Koulutukset siirtyvät."));
        SecurityContextHolder.clearContext();
        String taskId = tasks.createTaskQuery().processDefinitionKey(ChangeRequestProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(request.id())).singleResult().getId();

        login("virkailija");
        UI.getCurrent().navigate(ChangeRequestTaskView.ROUTE_PREFIX + taskId);
        assertThat(_get(DescriptionList.class, spec -> spec.withId("facts")).getElement()
                .getTextRecursively()).contains("Käyttöajan jatkaminen", "Koulutukset siirtyvät.");
        _click(_get(Button.class, spec -> spec.withId("decide")));
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("outcome")).isInvalid()).as("a decision must be chosen").isTrue();
        NotificationsKt.clearNotifications();

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("outcome")), ChangeRequestStatus.ACCEPTED_WITH_CHANGES);
        _setValue(_get(DatePicker.class, spec -> spec.withId("newUsageEnd")), project.usageEnd().plusDays(30));
        _setValue(_get(TextArea.class, spec -> spec.withId("decisionJustification")), "Kuukauden jatko riittää.");
        _click(_get(Button.class, spec -> spec.withId("decide")));

        NotificationsKt.expectNotifications("Ratkaistu: Hyväksytty muutettuna. Päätöskirje on laadittu ja hakijalle ilmoitettu.");
        assertThat(SystemUser.call(() -> projects.find(project.id()).orElseThrow()).usageEnd()).isEqualTo(project.usageEnd().plusDays(30));

        login("hakija");
        UI.getCurrent().navigate("projects/" + project.id());
        Grid<?> list = _get(Grid.class, spec -> spec.withId("change-request-list"));
        assertThat(GridKt._getFormattedRow(list, 0)).contains("Käyttöaika päättyy " + ProjectTexts.date(project.usageEnd().plusDays(30)));
        GridKt._getCellComponent(list, 0, "letter");
    }

    @Test
    void anotherOfficialsClaimedTaskIsNotFound() {
        actAs(users, "hakija");
        ChangeRequestSummary request = requests.file(project.id(),
                ChangeRequestForm.extension(project.usageEnd().plusDays(90), "Koulutukset siirtyvät."));
        SecurityContextHolder.clearContext();
        String taskId = tasks.createTaskQuery().processDefinitionKey(ChangeRequestProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(request.id())).singleResult().getId();
        tasks.claim(taskId, "arvioija1");

        login("virkailija");
        UI.getCurrent().navigate(ChangeRequestTaskView.ROUTE_PREFIX + taskId);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .anyMatch(target -> target.getClass().getSimpleName().contains("NotFound"));
    }
}
