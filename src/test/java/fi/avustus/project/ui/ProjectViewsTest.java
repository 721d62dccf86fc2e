package fi.avustus.project.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.ProgrammeSummary;
import fi.avustus.project.ProjectFixtures;
import fi.avustus.project.ProjectSummary;
import fi.avustus.project.Projects;
import fi.avustus.security.SystemUser;
import fi.avustus.shared.Money;
import fi.avustus.ui.UiTest;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The projects list and a project's page, for the project's applicant, another organisation's, and staff. */
class ProjectViewsTest extends UiTest {

    @Autowired ApplicationContext context;
    @Autowired Projects projects;

    private ProjectSummary project;

    @BeforeEach
    void aRunningProjectOfHakija() {
        project = ProjectFixtures.running(context, "hakija", "fi");
    }

    @Test
    void theApplicantSeesTheProjectsFactsBudgetReportDatesAndChangeRequests() {
        login("hakija");
        UI.getCurrent().navigate("projects");
        assertThat(listed()).contains(project.id());

        UI.getCurrent().navigate("projects/" + project.id());
        String facts = _get(DescriptionList.class, spec -> spec.withId("facts")).getElement().getTextRecursively();
        assertThat(facts).contains(Money.format(Money.euros("40000"), Locale.forLanguageTag("fi")), "Käynnissä",
                ProjectTexts.period(project), "Ei nimetty");
        Grid<?> budget = _get(Grid.class, spec -> spec.withId("budget"));
        assertThat(GridKt._size(budget)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(budget, 0)).contains("Henkilöstökulut", "Koordinaattori 50 %");
        // The reports' section, from the reports the reporting cycle made of the project's due dates.
        Grid<?> reports = _get(Grid.class, spec -> spec.withId("report-list"));
        assertThat(GridKt._size(reports)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(reports, 1)).contains(ProjectTexts.date(project.interimReportsDue().get(1)), "Kirjoitettavana");
        assertThat(GridKt._getFormattedRow(reports, 2)).contains(ProjectTexts.date(project.finalReportDue()));
        _get(Grid.class, spec -> spec.withId("project-instalments"));
        _get(VerticalLayout.class, spec -> spec.withId("change-requests"));
        _get(Button.class, spec -> spec.withId("new-change-request"));
    }

    @SuppressWarnings("unchecked")
    private static List<Long> listed() {
        Grid<ProjectSummary> grid = _get(Grid.class, spec -> spec.withId("projects"));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._get(grid, row).id()).toList();
    }

    @Test
    void anotherOrganisationsApplicantFindsNoSuchProject() {
        login("sokande");
        UI.getCurrent().navigate("projects");
        assertThat(listed()).doesNotContain(project.id());
        UI.getCurrent().navigate("projects/" + project.id());
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .anyMatch(target -> target.getClass().getSimpleName().contains("NotFound"));
    }

    @Test
    void staffNarrowTheListToACallAndSeeTheProjectWithoutTheApplicantsButton() {
        login("virkailija");
        UI.getCurrent().navigate("projects");
        Select<ProgrammeSummary> programme = _get(Select.class, spec -> spec.withId("programme"));
        CallSummary call = SystemUser.call(() -> context.getBean(fi.avustus.programme.Calls.class).find(project.callId()).orElseThrow());
        _setValue(programme, programme.getListDataView().getItems().filter(item -> item.id() == call.programmeId())
                .findFirst().orElseThrow());
        Select<CallSummary> callFilter = _get(Select.class, spec -> spec.withId("call"));
        _setValue(callFilter, callFilter.getListDataView().getItems().filter(item -> item.id() == call.id()).findFirst().orElseThrow());
        assertThat(listed()).containsExactly(project.id());

        UI.getCurrent().navigate("projects/" + project.id());
        _get(VerticalLayout.class, spec -> spec.withId("change-requests"));
        _assertNone(Button.class, spec -> spec.withId("new-change-request"));
    }

    @Test
    void aClosedProjectTakesNoNewChangeRequest() {
        SystemUser.run(() -> projects.close(project.id()));
        login("hakija");
        UI.getCurrent().navigate("projects/" + project.id());
        assertThat(_get(DescriptionList.class, spec -> spec.withId("facts")).getElement().getTextRecursively()).contains("Päättynyt");
        _assertNone(Button.class, spec -> spec.withId("new-change-request"));
    }
}
