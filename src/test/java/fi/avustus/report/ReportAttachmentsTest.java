package fi.avustus.report;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fi.avustus.IntegrationTest;
import fi.avustus.project.Projects;
import fi.avustus.report.process.ProjectReportingProcess;
import fi.avustus.report.process.ReportingFlow;
import fi.avustus.review.ReviewFixtures;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.upload.AttachmentSummary;
import fi.avustus.shared.upload.UploadFixtures;
import fi.avustus.shared.upload.UploadRules;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A report's attachments: the applicant adds files of the accepted types while writing the
 * report; submitting freezes them; staff read them; nobody else reaches them.
 */
@IntegrationTest
class ReportAttachmentsTest {

    @Autowired ApplicationContext context;
    @Autowired Projects projects;
    @Autowired Reports reports;
    @Autowired ReportingFlow flow;
    @Autowired TaskService tasks;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    private ReportSummary interim;

    @BeforeEach
    void aProjectWaitingForItsInterimReport() {
        interim = ReportFixtures.interimReportDue(context, new ReviewFixtures(context).call());
        actAs(users, "hakija");
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyAcceptedTypeIsStoredUnderItsSafeNameAndTheOfficialDownloadsIt() {
        AttachmentSummary pdf = upload("../kustannuserittely.pdf", UploadFixtures.pdf());
        upload("raportti.docx", UploadFixtures.docx());
        upload("budjetti.xlsx", UploadFixtures.xlsx());
        upload("muistio.odt", UploadFixtures.odt());

        assertThat(reports.attachments(interim.id())).extracting(AttachmentSummary::fileName, AttachmentSummary::contentType)
                .containsExactly(tuple("kustannuserittely.pdf", UploadRules.PDF),
                        tuple("raportti.docx", UploadRules.DOCX),
                        tuple("budjetti.xlsx", UploadRules.XLSX),
                        tuple("muistio.odt", UploadRules.ODT));
        assertThat(pdf.uploadedBy()).isEqualTo("hakija");
        assertThat(reports.downloadAttachment(interim.id(), pdf.id()).content()).isEqualTo(UploadFixtures.pdf());

        actAs(users, "virkailija");
        assertThat(reports.downloadAttachment(interim.id(), pdf.id()).fileName()).isEqualTo("kustannuserittely.pdf");
        assertThat(reports.downloadAttachment(interim.id(), pdf.id()).content()).isEqualTo(UploadFixtures.pdf());
        actAs(users, "admin");
        assertThat(reports.attachments(interim.id())).hasSize(4);
    }

    @Test
    void aFileIsRefusedWhenItsContentIsNotWhatItsNameSaysOrItIsTooLarge() {
        assertRefused(() -> upload("kustannukset.docx", UploadFixtures.plainZip()), "attachment.typeNotAllowed");
        assertRefused(() -> upload("kustannukset.xlsx", UploadFixtures.pdf()), "attachment.typeNotAllowed");
        assertRefused(() -> upload("ohjelma.exe.pdf", "MZ not a pdf".getBytes(StandardCharsets.US_ASCII)),
                "attachment.typeNotAllowed");
        assertRefused(() -> upload("iso.pdf", pdfOfSize(UploadRules.FILE_MAX_BYTES + 1)), "attachment.tooLarge");
        assertThat(reports.attachments(interim.id())).isEmpty();
    }

    @Test
    void theReportsFilesTogetherStayWithinTheReportsLimit() {
        long files = Reports.ATTACHMENTS_MAX_BYTES / UploadRules.FILE_MAX_BYTES;
        for (int i = 0; i < files; i++) {
            upload("osa" + i + ".pdf", pdfOfSize(UploadRules.FILE_MAX_BYTES));
        }
        assertRefused(() -> upload("viimeinen.pdf", UploadFixtures.pdf()), "report.attachment.full");
        assertThat(reports.attachments(interim.id())).hasSize((int) files);
    }

    @Test
    void anotherOrganisationsReportReadsAsNotFoundAndStaffCannotChangeIt() {
        AttachmentSummary file = upload("kustannukset.pdf", UploadFixtures.pdf());

        actAs(users, "applicant");
        assertRefused(() -> reports.attachments(interim.id()), "report.error.notFound");
        assertRefused(() -> reports.downloadAttachment(interim.id(), file.id()), "report.error.notFound");
        assertRefused(() -> upload("oma.pdf", UploadFixtures.pdf()), "report.error.notFound");
        assertRefused(() -> reports.deleteAttachment(interim.id(), file.id()), "report.error.notFound");

        actAs(users, "virkailija");
        assertThatThrownBy(() -> upload("virkailijan.pdf", UploadFixtures.pdf())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.deleteAttachment(interim.id(), file.id())).isInstanceOf(AccessDeniedException.class);

        actAs(users, "hakija");
        assertThat(reports.attachments(interim.id())).extracting(AttachmentSummary::fileName).containsExactly("kustannukset.pdf");
    }

    @Test
    void anAttachmentOfAnotherReportIsNotReachedThroughThisOne() {
        AttachmentSummary file = upload("kustannukset.pdf", UploadFixtures.pdf());
        ReportSummary finalReport = reports.ofProject(interim.projectId()).get(1);
        assertRefused(() -> reports.downloadAttachment(finalReport.id(), file.id()), "notFound");
        assertRefused(() -> reports.deleteAttachment(finalReport.id(), file.id()), "notFound");
    }

    @Test
    void submittingFreezesTheAttachmentsUntilTheReportIsReturned() {
        AttachmentSummary kept = upload("kustannukset.pdf", UploadFixtures.pdf());
        AttachmentSummary removed = upload("luonnos.docx", UploadFixtures.docx());
        reports.deleteAttachment(interim.id(), removed.id());
        ReportSummary submitted = reports.submit(interim.id(), ReportFixtures.complete(interim, LocalDate.of(2026, 8, 1),
                LocalDate.of(2026, 12, 31), "0.4"), interim.version());

        assertRefused(() -> upload("myohassa.pdf", UploadFixtures.pdf()), "report.error.status.SUBMITTED");
        assertRefused(() -> reports.deleteAttachment(interim.id(), kept.id()), "report.error.status.SUBMITTED");
        // Frozen in the database too, whatever code would try.
        assertThatThrownBy(() -> jdbc.update("delete from avustus.report_attachment_content where attachment_id = ?", kept.id()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("frozen");
        assertThatThrownBy(() -> jdbc.update("update avustus.report_attachment set file_name = 'muu.pdf' where id = ?", kept.id()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("frozen");
        assertThat(reports.attachments(submitted.id())).extracting(AttachmentSummary::fileName).containsExactly("kustannukset.pdf");

        actAs(users, "virkailija");
        assertThat(reports.downloadAttachment(interim.id(), kept.id()).content()).isEqualTo(UploadFixtures.pdf());
        String review = tasks.createTaskQuery().processDefinitionKey(ProjectReportingProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(interim.projectId()))
                .taskDefinitionKey(ProjectReportingProcess.Elements.REVIEW_REPORT).singleResult().getId();
        flow.review(review, false, "Liitä myös osallistujalista.", LocalDate.now().plusDays(14));

        actAs(users, "hakija");
        assertThat(reports.find(interim.id()).orElseThrow().status()).isEqualTo(ReportStatus.RETURNED);
        upload("osallistujat.xlsx", UploadFixtures.xlsx());
        assertThat(reports.attachments(interim.id())).extracting(AttachmentSummary::fileName)
                .containsExactly("kustannukset.pdf", "osallistujat.xlsx");
    }

    @Test
    void aClosedProjectsReportsTakeNoMoreFiles() {
        AttachmentSummary file = upload("kustannukset.pdf", UploadFixtures.pdf());
        actAs(users, "admin");
        projects.close(interim.projectId());

        actAs(users, "hakija");
        assertRefused(() -> upload("myohassa.pdf", UploadFixtures.pdf()), "report.error.projectClosed");
        assertRefused(() -> reports.deleteAttachment(interim.id(), file.id()), "report.error.projectClosed");
        assertThat(reports.downloadAttachment(interim.id(), file.id()).content()).isEqualTo(UploadFixtures.pdf());
    }

    private AttachmentSummary upload(String name, byte[] content) {
        return reports.uploadAttachment(interim.id(), name, new ByteArrayInputStream(content));
    }

    /** A PDF padded to the size: its content still starts as a PDF does. */
    private static byte[] pdfOfSize(long size) {
        byte[] bytes = new byte[(int) size];
        System.arraycopy(UploadFixtures.pdf(), 0, bytes, 0, UploadFixtures.pdf().length);
        return bytes;
    }

    private static void assertRefused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
    }
}
