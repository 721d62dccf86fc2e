package fi.avustus.demo;

import fi.avustus.changerequest.ChangeRequestForm;
import fi.avustus.changerequest.ChangeRequests;
import fi.avustus.payment.PaymentSummary;
import fi.avustus.payment.Payments;
import fi.avustus.project.ProjectSummary;
import fi.avustus.project.Projects;
import fi.avustus.recovery.ClaimSummary;
import fi.avustus.recovery.Recoveries;
import fi.avustus.report.ReportContent;
import fi.avustus.report.ReportKind;
import fi.avustus.report.ReportSummary;
import fi.avustus.report.Reports;
import fi.avustus.report.process.ProjectReportingProcess;
import fi.avustus.report.process.ReportingFlow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * A funded demo project brought to its stage the way its people move it: the official approves
 * the first instalment on the payments screen and the administrator records it paid; the
 * applicant writes and submits the report the reporting process waits for; officials check a
 * final report, the unused funds are reclaimed and the administrator records the repayment, which
 * closes the project; an applicant asks for an extension.
 */
@Component
class DemoProjectProgress {

    static final String ADMINISTRATOR = "admin";

    private final Payments payments;
    private final Reports reports;
    private final ReportingFlow reporting;
    private final Recoveries recoveries;
    private final ChangeRequests changeRequests;
    private final Projects projects;
    private final DemoActors actors;

    DemoProjectProgress(Payments payments, Reports reports, ReportingFlow reporting, Recoveries recoveries,
                        ChangeRequests changeRequests, Projects projects, DemoActors actors) {
        this.payments = payments;
        this.reports = reports;
        this.reporting = reporting;
        this.recoveries = recoveries;
        this.changeRequests = changeRequests;
        this.projects = projects;
        this.actors = actors;
    }

    void advance(DemoData.FundedProject project, long projectId, LocalDate today) {
        ProjectStage stage = project.stage();
        PaymentSummary first = actors.as(DemoGrantCase.OFFICIAL, () -> {
            PaymentSummary planned = payments.ofProject(projectId).get(0);
            return payments.approve(planned.id(), planned.version());
        });
        if (stage.reached(ProjectStage.FIRST_INSTALMENT_PAID)) {
            actors.as(ADMINISTRATOR, () -> payments.markPaid(first.id(), first.version()));
        }
        if (stage.reached(ProjectStage.INTERIM_REPORT_SUBMITTED)) {
            submitFirstReport(project, projectId, today);
        }
        if (stage.reached(ProjectStage.CLOSED)) {
            settle(project.settlement(), projectId);
        }
        if (project.change() != null) {
            actors.as(project.applicant(), () -> {
                ProjectSummary funded = projects.find(projectId).orElseThrow();
                changeRequests.file(projectId, ChangeRequestForm.extension(
                        funded.usageEnd().plusDays(project.change().extendDays()), project.change().justification()));
            });
        }
    }

    /** The report the process waits for first, from the usage period's start to the given day. */
    private void submitFirstReport(DemoData.FundedProject project, long projectId, LocalDate today) {
        actors.as(project.applicant(), () -> {
            ReportSummary report = reports.ofProject(projectId).get(0);
            if (project.stage() == ProjectStage.CLOSED && report.kind() != ReportKind.FINAL) {
                throw new IllegalStateException("A closed demo project reports once, in its final report: "
                        + project.application().projectName());
            }
            ProjectSummary funded = projects.find(projectId).orElseThrow();
            reports.submit(report.id(), content(report, project.report(), funded.usageStart(),
                    today.plusDays(project.report().periodEndDays())), report.version());
        });
    }

    private static ReportContent content(ReportSummary report, DemoData.ReportText text, LocalDate from, LocalDate to) {
        BigDecimal share = new BigDecimal(text.spentShare());
        List<ReportContent.ObjectiveProgress> progress = IntStream.range(0, report.content().objectives().size())
                .mapToObj(i -> new ReportContent.ObjectiveProgress(report.content().objectives().get(i).objective(),
                        text.progress().get(i))).toList();
        DemoData.Indicator indicator = text.indicator();
        return new ReportContent(from, to, text.summary(), progress,
                List.of(new ReportContent.IndicatorValue(indicator.name(), indicator.unit(), new BigDecimal(indicator.target()),
                        new BigDecimal(indicator.actual()))),
                report.content().costs().stream().map(line -> new ReportContent.CostLine(line.category(), line.year(),
                        line.description(), line.accepted(), line.accepted().multiply(share).setScale(2, RoundingMode.HALF_UP)))
                        .toList());
    }

    /**
     * The official passes the final report's content check and its financial check, less what was
     * ineligible; the settlement reclaims what was paid beyond the accepted costs, and the
     * administrator records the claim repaid in full.
     */
    private void settle(DemoData.Settlement settlement, long projectId) {
        actors.as(DemoGrantCase.OFFICIAL, () -> {
            reporting.checkContent(task(ProjectReportingProcess.Elements.CHECK_CONTENT, projectId), true, null, null);
            BigDecimal reported = reports.reportedSpent(projectId);
            reporting.checkFinances(task(ProjectReportingProcess.Elements.CHECK_FINANCES, projectId), true,
                    reported.subtract(new BigDecimal(settlement.ineligible())), settlement.comment(), null);
        });
        actors.as(ADMINISTRATOR, () -> {
            ClaimSummary claim = recoveries.ofProject(projectId).get(0);
            recoveries.markPaid(claim.id(), claim.outstanding(), claim.version());
        });
    }

    private String task(String element, long projectId) {
        return actors.task(DemoGrantCase.OFFICIAL, ProjectReportingProcess.KEY, element, projectId);
    }
}
