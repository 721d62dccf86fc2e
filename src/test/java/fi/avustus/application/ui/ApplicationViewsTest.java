package fi.avustus.application.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import fi.avustus.application.ApplicationFixtures;
import fi.avustus.application.ApplicationForm;
import fi.avustus.application.ApplicationStatus;
import fi.avustus.application.ApplicationSummary;
import fi.avustus.application.Applications;
import fi.avustus.application.BudgetLine;
import fi.avustus.application.FieldDifference;
import fi.avustus.application.SubmittedVersion;
import fi.avustus.security.SystemUser;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.List;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.Programmes;
import fi.avustus.shared.Money;
import fi.avustus.ui.ListField;
import fi.avustus.ui.UiTest;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

class ApplicationViewsTest extends UiTest {

    @Autowired
    Applications applications;
    @Autowired
    org.camunda.bpm.engine.TaskService taskService;
    @Autowired
    fi.avustus.application.process.GrantApplicationFlow flow;
    @Autowired
    Programmes programmes;
    @Autowired
    Calls calls;
    @Autowired
    Organisations organisations;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    private long id;
    private long callId;

    @BeforeEach
    void aDraftOfTheApplicant() {
        CallSummary call = ApplicationFixtures.openCall(users, programmes, calls, organisations, clock);
        login("hakija");
        callId = call.id();
        id = applications.startDraft(call.id(), applications.eligibleOrganisations(call.id()).get(0).id());
    }

    private void openEditor() {
        UI.getCurrent().navigate("applications/" + id + "/edit");
    }

    /** Opens a step of the editor: only the chosen step's section is visible. */
    private static void step(String key) {
        _get(Tabs.class, spec -> spec.withId("steps")).setSelectedTab(_get(Tab.class, spec -> spec.withId("step-" + key)));
    }

    private static String text(String id) {
        return plain(_get(DescriptionList.Description.class, spec -> spec.withId(id)).getText());
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private ApplicationForm saved() {
        return applications.find(id).orElseThrow().content();
    }

    @Test
    @SuppressWarnings("unchecked")
    void totalsFollowTheBudgetWhileTypingAndEveryChangeIsSaved() {
        openEditor();
        assertThat(text("total-cost")).isEqualTo("0,00 €");
        step("budget");
        ListField<BudgetLine> lines = _get(ListField.class, spec -> spec.withId("budgetLines"));
        _setValue(lines, ApplicationFixtures.completeForm(0).getBudgetLines());
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("selfFinancing")), Money.euros("30000"));

        assertThat(text("total-cost")).isEqualTo("120 000,00 €");
        assertThat(text("self-financing-percent")).isEqualTo("25 % (vähintään 25 %)");
        assertThat(text("requested")).isEqualTo("90 000,00 € (enintään 500 000,00 €)");
        assertThat(saved().getBudgetLines()).hasSize(2);
        assertThat(saved().getSelfFinancing()).isEqualByComparingTo("30000");
    }

    @Test
    void fieldRulesShowOnTheirFieldsAndSubmitListsEveryReason() {
        openEditor();
        TextField email = _get(TextField.class, spec -> spec.withId("contactEmail"));
        _setValue(email, "ei-osoite");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).contains("nimi@esimerkki.fi");
        assertThat(_get(Span.class, spec -> spec.withId("save-state")).getText()).contains("ei tallennettu");

        _setValue(email, "maija@example.fi");
        step("submit");
        _click(_get(Button.class, spec -> spec.withId("submit")));
        assertThat(_get(UnorderedList.class, spec -> spec.withId("submit-reasons")).getChildren().count()).isGreaterThanOrEqualTo(5);
        assertThat(applications.find(id).orElseThrow().status()).isEqualTo(ApplicationStatus.DRAFT);
        step("basic");
        assertThat(_get(TextField.class, spec -> spec.withId("projectName")).isInvalid()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("summary")).getErrorMessage()).isEqualTo("Pakollinen tieto");
    }

    @Test
    void theAttachmentUploadSpeaksTheApplicantsLanguage() {
        openEditor();
        step("attachments");
        UploadI18N texts = _get(Upload.class, spec -> spec.withId("attachment-upload")).getI18n();
        assertThat(texts.getAddFiles().getMany()).isEqualTo("Lisää tiedostoja...");
        assertThat(texts.getDropFiles().getMany()).isEqualTo("Pudota tiedostot tähän");
        assertThat(texts.getFile().getRemove()).isEqualTo("Poista");
        assertThat(texts.getError().getIncorrectFileType()).isEqualTo("Tiedostotyyppiä ei hyväksytä.");
    }

    @Test
    void aConflictingSaveIsReportedAndWhatWasTypedStays() {
        openEditor();
        ApplicationForm elsewhere = saved();
        elsewhere.setProjectName("Toisen käyttäjän nimi");
        applications.saveDraft(id, elsewhere);

        TextField name = _get(TextField.class, spec -> spec.withId("projectName"));
        _setValue(name, "Oma nimi");
        assertThat(_get(Span.class, spec -> spec.withId("save-state")).getText()).contains("ei tallennettu");
        assertThat(name.getValue()).isEqualTo("Oma nimi");
        assertThat(saved().getProjectName()).isEqualTo("Toisen käyttäjän nimi");
    }

    @Test
    void aCompleteDraftIsSubmittedAndThenWithdrawnOnTheCasePage() {
        applications.saveDraft(id, ApplicationFixtures.completeForm(saved().getVersion()));
        openEditor();
        step("submit");
        _click(_get(Button.class, spec -> spec.withId("submit")));
        assertThat(applications.find(id).orElseThrow().status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("applications/" + id);

        _click(_get(Button.class, spec -> spec.withId("withdraw")));
        _setValue(_get(TextArea.class, spec -> spec.withId("reason")), "Rahoitus saatiin muualta.");
        _click(_get(Button.class, spec -> spec.withId("confirm-withdraw")));
        assertThat(applications.find(id).orElseThrow().status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(_get(DescriptionList.Description.class, spec -> spec.withId("expected")).getText()).contains("peruttu");
    }

    @Test
    @SuppressWarnings("unchecked")
    void myApplicationsTellWhatIsExpectedAndLinkToTheCase() {
        ApplicationForm form = ApplicationFixtures.completeForm(saved().getVersion());
        form.setProjectName("Omien hakemusten testi " + id);
        applications.saveDraft(id, form);
        UI.getCurrent().navigate(MyApplicationsView.class);
        Grid<ApplicationSummary> grid = _get(Grid.class, spec -> spec.withId("my-applications"));
        int row = -1;
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).id() == id) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        assertThat(GridKt._getFormattedRow(grid, row)).anyMatch(cell -> cell.startsWith("Täydennä ja lähetä hakemus viimeistään"));
        assertThat(((RouterLink) GridKt._getCellComponent(grid, row, "project")).getText())
                .isEqualTo("Omien hakemusten testi " + id);
    }

    @Test
    void anApplicantStartsFromTheOpenCallCardAndLandsInTheEditor() {
        UI.getCurrent().navigate("calls");
        assertThat(_get(Anchor.class, spec -> spec.withId("apply-" + callId)).getHref()).isEqualTo("calls/" + callId + "/apply");
        UI.getCurrent().navigate("calls/" + callId + "/apply");
        _click(_get(Button.class, spec -> spec.withId("start")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).matches("applications/\\d+/edit");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCasePageComparesAVersionWithThePreviousOne() {
        applications.saveDraft(id, ApplicationFixtures.completeForm(saved().getVersion()));
        applications.submit(id);
        ApplicationFixtures.requestCompletion(users, taskService, flow, id, "Tarkenna tavoitteita.", LocalDate.now(clock).plusDays(14));
        ApplicationForm completed = saved();
        completed.setObjectives(List.of("Ohjauksen saatavuus paranee", "Työelämäjaksot kaksinkertaistuvat"));
        applications.saveDraft(id, completed);
        applications.resubmitAfterCompletion(id);

        UI.getCurrent().navigate("applications/" + id);
        Grid<SubmittedVersion> versions = _get(Grid.class, spec -> spec.withId("versions"));
        assertThat(GridKt._size(versions)).isEqualTo(2);
        _click((Button) GridKt._getCellComponent(versions, 1, "compare"));
        Grid<FieldDifference> differences = _get(Grid.class, spec -> spec.withId("difference-grid"));
        assertThat(GridKt._get(differences, 0)).isEqualTo(new FieldDifference("objectives[2]",
                "Työelämäjaksot lisääntyvät", "Työelämäjaksot kaksinkertaistuvat"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffSeeTheCallsSubmittedApplicationsWithCountsPerStatus() {
        applications.saveDraft(id, ApplicationFixtures.completeForm(saved().getVersion()));
        applications.submit(id);
        login("virkailija");
        UI.getCurrent().navigate("calls/" + callId + "/applications");
        Grid<ApplicationSummary> grid = _get(Grid.class, spec -> spec.withId("call-applications"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(_get(HorizontalLayout.class, spec -> spec.withId("status-counts")).getChildren()
                .map(badge -> ((Span) badge).getText())).containsExactly("Jätetty: 1");
    }

    @Test
    void anotherOrganisationsApplicationIsNotFound() {
        login("applicant");
        UI.getCurrent().navigate("applications/" + id);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .anyMatch(target -> target.getClass().getSimpleName().contains("NotFound"));
    }
}
