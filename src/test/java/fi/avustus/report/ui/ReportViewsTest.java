package fi.avustus.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import fi.avustus.programme.ProgrammeFixtures;
import fi.avustus.report.ReportFixtures;
import fi.avustus.report.ReportStatus;
import fi.avustus.report.ReportSummary;
import fi.avustus.report.Reports;
import fi.avustus.report.process.ProjectReportingProcess;
import fi.avustus.review.ReviewFixtures;
import fi.avustus.shared.Money;
import fi.avustus.shared.upload.AttachmentSummary;
import fi.avustus.shared.upload.UploadFixtures;
import fi.avustus.ui.UiTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The applicant writes and submits a report with its attachments; the official reviews it on the
 * task screen; others see nothing.
 */
class ReportViewsTest extends UiTest {

    @Autowired ApplicationContext context;
    @Autowired Reports reports;
    @Autowired TaskService tasks;
    @Autowired UserDetailsService users;

    private ReportSummary interim;

    @BeforeEach
    void aProjectWaitingForItsInterimReport() {
        interim = ReportFixtures.interimReportDue(context, new ReviewFixtures(context).call());
        SecurityContextHolder.clearContext();
    }

    @Test
    void theApplicantSavesRefusedInputWithoutLosingItThenSubmits() {
        login("hakija");
        UI.getCurrent().navigate("reports/" + interim.id() + "/edit");
        _setValue(_get(DatePicker.class, spec -> spec.withId("periodStart")), LocalDate.of(2026, 7, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("periodEnd")), LocalDate.of(2026, 12, 31));
        _setValue(_get(TextArea.class, spec -> spec.withId("summary")), "Koulutukset alkoivat.");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("costs.0")), new BigDecimal("12000"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("costs.1")), new BigDecimal("16000"));
        _click(_get(Button.class, spec -> spec.withId("submit")));

        // Before the usage period and over the line's accepted 15 000 €: refused, shown at the fields, nothing stored.
        assertThat(_get(DatePicker.class, spec -> spec.withId("periodStart")).getErrorMessage())
                .contains("1.8.2026–31.7.2027");
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("costs.1")).getErrorMessage()).contains(Money.format(new BigDecimal("15000")));
        assertThat(reports.find(interim.id()).orElseThrow().status()).isEqualTo(ReportStatus.DUE);
        assertThat(_get(TextArea.class, spec -> spec.withId("summary")).getValue()).isEqualTo("Koulutukset alkoivat.");
        NotificationsKt.clearNotifications();

        _setValue(_get(DatePicker.class, spec -> spec.withId("periodStart")), LocalDate.of(2026, 8, 1));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("costs.1")), new BigDecimal("6000"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-total")).getText()).contains(Money.format(new BigDecimal("18000")));
        _click(_get(Button.class, spec -> spec.withId("submit")));
        NotificationsKt.expectNotifications("Selvitys jätetty käsiteltäväksi");
        assertThat(reports.find(interim.id()).orElseThrow().status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void theOfficialReturnsTheReportWithWhatIsMissing() {
        ProgrammeFixtures.actAs(users, "hakija");
        reports.submit(interim.id(), ReportFixtures.complete(interim, LocalDate.of(2026, 8, 1),
                LocalDate.of(2026, 12, 31), "0.4"), interim.version());
        SecurityContextHolder.clearContext();
        String taskId = tasks.createTaskQuery().processDefinitionKey(ProjectReportingProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(interim.projectId()))
                .taskDefinitionKey(ProjectReportingProcess.Elements.REVIEW_REPORT).singleResult().getId();

        login("virkailija");
        UI.getCurrent().navigate("tasks/project-reporting/" + taskId);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> outcome = _get(RadioButtonGroup.class, spec -> spec.withId("outcome"));
        _setValue(outcome, false);
        _click(_get(Button.class, spec -> spec.withId("decide")));
        assertThat(_get(TextArea.class, spec -> spec.withId("comment")).isInvalid()).isTrue();
        NotificationsKt.clearNotifications();

        _setValue(_get(TextArea.class, spec -> spec.withId("comment")), "Liitä kustannuserittely.");
        _click(_get(Button.class, spec -> spec.withId("decide")));
        NotificationsKt.expectNotifications("Selvitys palautetaan hakijalle täydennettäväksi");
        assertThat(reports.find(interim.id()).orElseThrow().status()).isEqualTo(ReportStatus.RETURNED);

        login("hakija");
        UI.getCurrent().navigate("reports/" + interim.id() + "/edit");
        assertThat(_get(Paragraph.class, spec -> spec.withId("return-comment")).getText()).contains("Liitä kustannuserittely.");
    }

    @Test
    void theApplicantAttachesFilesInTheEditorAndTheOfficialDownloadsThemOnTheTask() {
        login("hakija");
        UI.getCurrent().navigate("reports/" + interim.id() + "/edit");
        Upload upload = _get(Upload.class, spec -> spec.withId("attachment-upload"));
        assertThat(upload.getI18n().getAddFiles().getMany()).isEqualTo("Lisää tiedostoja...");
        UploadKt._upload(upload, "kustannukset.pdf", "application/pdf", UploadFixtures.pdf());
        NotificationsKt.expectNotifications("Liite lisätty.");
        UploadKt._upload(upload, "osallistujat.xlsx", "application/octet-stream", UploadFixtures.xlsx());
        NotificationsKt.clearNotifications();
        // A ZIP under a document's name is refused by its content, whatever the browser says it is.
        UploadKt._upload(upload, "vale.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                UploadFixtures.plainZip());
        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(refused -> assertThat(refused.getElement().getProperty("text")).startsWith("Tiedostoa vale.docx ei hyväksytty"));
        NotificationsKt.clearNotifications();

        Grid<AttachmentSummary> grid = attachmentGrid();
        assertThat(GridKt._size(grid)).isEqualTo(2);
        _click((Button) GridKt._getCellComponent(grid, 1, "actions"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(reports.attachments(interim.id())).extracting(AttachmentSummary::fileName).containsExactly("kustannukset.pdf");

        reports.submit(interim.id(), ReportFixtures.complete(interim, LocalDate.of(2026, 8, 1),
                LocalDate.of(2026, 12, 31), "0.4"), interim.version());
        UI.getCurrent().navigate("reports/" + interim.id());
        assertThat(attachmentGrid().getColumnByKey("actions")).as("no deleting once submitted").isNull();
        assertThat(_find(Upload.class)).isEmpty();

        login("virkailija");
        String taskId = tasks.createTaskQuery().processDefinitionKey(ProjectReportingProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(interim.projectId()))
                .taskDefinitionKey(ProjectReportingProcess.Elements.REVIEW_REPORT).singleResult().getId();
        UI.getCurrent().navigate("tasks/project-reporting/" + taskId);
        assertThat(GridKt._size(attachmentGrid())).isEqualTo(1);
        Anchor link = (Anchor) GridKt._getCellComponent(attachmentGrid(), 0, "file");
        assertThat(link.getText()).isEqualTo("kustannukset.pdf");
        // A cell's component is a fresh copy outside the page; on the page its download is served.
        UI.getCurrent().add(link);
        assertThat(DownloadKt._download(link)).isEqualTo(UploadFixtures.pdf());
    }

    @SuppressWarnings("unchecked")
    private static Grid<AttachmentSummary> attachmentGrid() {
        return _get(Grid.class, spec -> spec.withId("attachment-grid"));
    }

    @Test
    void anotherOrganisationsApplicantCannotOpenTheReport() {
        login("applicant");
        for (String route : List.of("reports/" + interim.id(), "reports/" + interim.id() + "/edit")) {
            UI.getCurrent().navigate(route);
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).as(route)
                    .anyMatch(target -> target.getClass().getSimpleName().matches(".*(NotFound|AccessDenied).*"));
        }
    }
}
