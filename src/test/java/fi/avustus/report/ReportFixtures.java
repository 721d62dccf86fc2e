package fi.avustus.report;

import static fi.avustus.programme.ProgrammeFixtures.actAs;

import fi.avustus.payment.PaymentFixtures;
import fi.avustus.payment.PaymentSummary;
import fi.avustus.payment.Payments;
import fi.avustus.programme.CallSummary;
import fi.avustus.project.Projects;
import fi.avustus.report.ReportContent.CostLine;
import fi.avustus.report.process.ProjectReportingProcess;
import fi.avustus.report.process.ReportingFlow;
import fi.avustus.review.Decisions;
import fi.avustus.review.ReviewFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Reports filled in as an applicant completes them. */
public final class ReportFixtures {

    private ReportFixtures() {
    }

    /**
     * A project of {@link ReviewFixtures#proposal} in a call of its own, its advance approved, its
     * interim report submitted and accepted and its final report submitted: what audits pick from.
     * Leaves nobody logged in.
     */
    public static ReportSummary submittedFinalReport(ApplicationContext context, CallSummary call) {
        UserDetailsService users = context.getBean(UserDetailsService.class);
        Reports reports = context.getBean(Reports.class);
        ReportSummary interim = interimReportDue(context, call);
        long projectId = interim.projectId();
        actAs(users, "hakija");
        reports.submit(interim.id(), complete(interim, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 12, 31), "0.4"),
                interim.version());
        actAs(users, "virkailija");
        TaskService tasks = context.getBean(TaskService.class);
        String review = tasks.createTaskQuery().processDefinitionKey(ProjectReportingProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(projectId))
                .taskDefinitionKey(ProjectReportingProcess.Elements.REVIEW_REPORT).singleResult().getId();
        context.getBean(ReportingFlow.class).review(review, true, null, null);
        ReportSummary last = reports.ofProject(projectId).get(1);
        actAs(users, "hakija");
        ReportSummary submitted = reports.submit(last.id(), complete(last, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 7, 31), "0.4"), last.version());
        SecurityContextHolder.clearContext();
        return submitted;
    }

    /**
     * A project of {@link ReviewFixtures#proposal} by the applicant "hakija" in the call, its
     * advance approved: its first interim report is due. Leaves the official "virkailija" logged in.
     */
    public static ReportSummary interimReportDue(ApplicationContext context, CallSummary call) {
        UserDetailsService users = context.getBean(UserDetailsService.class);
        Payments payments = context.getBean(Payments.class);
        long projectId = PaymentFixtures.decide(users, context.getBean(Decisions.class), context.getBean(Projects.class),
                ReviewFixtures.proposal(ReviewFixtures.newApplicationId(), call, new ReviewFixtures(context).organisationOf("hakija"),
                        "fi"));
        actAs(users, "virkailija");
        PaymentSummary advance = payments.ofProject(projectId).get(0);
        payments.approve(advance.id(), advance.version());
        return context.getBean(Reports.class).ofProject(projectId).get(0);
    }

    /**
     * The report's form completed for a period of the usage period, every budget line spending
     * the given share of its accepted amount.
     */
    public static ReportContent complete(ReportSummary report, LocalDate from, LocalDate to, String shareOfEachLine) {
        BigDecimal share = new BigDecimal(shareOfEachLine);
        return new ReportContent(from, to, "Toiminta eteni suunnitelman mukaan.",
                report.content().objectives().stream()
                        .map(objective -> new ReportContent.ObjectiveProgress(objective.objective(), "Saavutettu."))
                        .toList(),
                List.of(new ReportContent.IndicatorValue("Koulutetut opettajat", "henkilöä", new BigDecimal("40"),
                        new BigDecimal("25"))),
                report.content().costs().stream()
                        .map(line -> new CostLine(line.category(), line.year(), line.description(), line.accepted(),
                                line.accepted().multiply(share).setScale(2, java.math.RoundingMode.HALF_UP)))
                        .toList());
    }
}
