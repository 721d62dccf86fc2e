package fi.avustus.demo;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import fi.avustus.application.ApplicationStatus;
import fi.avustus.application.Applications;
import fi.avustus.changerequest.ChangeRequestKind;
import fi.avustus.changerequest.ChangeRequestStatus;
import fi.avustus.changerequest.ChangeRequestSummary;
import fi.avustus.changerequest.ChangeRequests;
import fi.avustus.deadline.DeadlineEntry;
import fi.avustus.deadline.DeadlineStatus;
import fi.avustus.deadline.Deadlines;
import fi.avustus.organisation.Organisations;
import fi.avustus.payment.PaymentStatus;
import fi.avustus.payment.PaymentSummary;
import fi.avustus.payment.Payments;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.Programmes;
import fi.avustus.project.ProjectFilter;
import fi.avustus.project.ProjectStatus;
import fi.avustus.project.ProjectSummary;
import fi.avustus.project.Projects;
import fi.avustus.recovery.ClaimStatus;
import fi.avustus.recovery.ClaimSummary;
import fi.avustus.recovery.Recoveries;
import fi.avustus.report.ReportKind;
import fi.avustus.report.ReportStatus;
import fi.avustus.report.ReportSummary;
import fi.avustus.report.Reports;
import fi.avustus.report.process.ProjectReportingProcess;
import fi.avustus.review.DecisionSummary;
import fi.avustus.review.Decisions;
import fi.avustus.security.SystemUser;
import fi.avustus.shared.Time;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo's funded projects came through the grant-application and reporting processes, as
 * their people would have taken them, and stand where the demo needs them: dates around today,
 * one report waiting for review, one due soon, one overdue, a Swedish and an English applicant's
 * project, a pending extension and a closed project whose unused funds were reclaimed.
 */
@IntegrationTest
class DemoProjectsTest {

    private static final String CALL = "Alueelliset yhteistyökokeilut – jatkuva haku";

    @Autowired DemoProjects loader;
    @Autowired Programmes programmes;
    @Autowired Calls calls;
    @Autowired Projects projects;
    @Autowired Applications applications;
    @Autowired Decisions decisions;
    @Autowired Payments payments;
    @Autowired Reports reports;
    @Autowired ChangeRequests changeRequests;
    @Autowired Recoveries recoveries;
    @Autowired Deadlines deadlines;
    @Autowired Organisations organisations;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired UserDetailsService users;
    @Autowired Clock clock;

    private CallSummary call;
    private Map<String, ProjectSummary> byOrganisation;
    private LocalDate today;

    @BeforeEach
    void theDemoCallsProjects() {
        today = Time.now(clock).toLocalDate();
        call = SystemUser.call(() -> calls.openCalls(null).stream().filter(open -> open.title().fi().equals(CALL))
                .map(open -> calls.find(open.callId()).orElseThrow()).findFirst().orElseThrow());
        byOrganisation = SystemUser.call(() -> projects.list(new ProjectFilter(null, call.id(), null), Pageable.unpaged())
                .stream().collect(Collectors.toMap(project -> organisations.find(project.organisationId()).orElseThrow()
                        .nameFi(), Function.identity())));
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRollingCallOfTheAccessibilityProgrammeIsOpenWithFiveProjectsDecidedInIt() {
        assertThat(call.assessAfterClose()).isFalse();
        assertThat(call.programmeName().fi()).isEqualTo("Toisen asteen koulutuksen saavutettavuus 2026–2028");
        assertThat(byOrganisation).containsOnlyKeys("Jyväskylän koulutuskuntayhtymä Gradia", "Jyväskylän kaupunki",
                "Svenska Österbottens förbund för utbildning och kultur (SÖFUK)", "Koulutuskuntayhtymä Lappia",
                "Tampereen kaupunki");
        SystemUser.run(() -> byOrganisation.values().forEach(project -> {
            assertThat(applications.find(project.applicationId()).orElseThrow().summary().status())
                    .isEqualTo(ApplicationStatus.APPROVED);
            DecisionSummary decision = decisions.find(project.decisionId()).orElseThrow();
            assertThat(decision.presenter()).isEqualTo("virkailija");
            assertThat(decision.decisionMaker()).isEqualTo("paattaja");
            assertThat(project.name()).isNotBlank();
            // The decision's reporting process runs (or, for the closed project, ran to its end).
            assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(ProjectReportingProcess.KEY)
                    .processInstanceBusinessKey(String.valueOf(project.id())).count()).isEqualTo(1);
        }));
    }

    @Test
    void gradiasInterimReportWaitsForAnOfficialsReviewAndItsExtensionForADecision() {
        ProjectSummary gradia = byOrganisation.get("Jyväskylän koulutuskuntayhtymä Gradia");
        assertThat(instalments(gradia).get(0).status()).isEqualTo(PaymentStatus.PAID);
        ReportSummary interim = SystemUser.call(() -> reports.ofProject(gradia.id()).get(0));
        assertThat(interim.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(interim.submittedBy()).isEqualTo("hakija");
        assertThat(tasks.createTaskQuery().processDefinitionKey(ProjectReportingProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(gradia.id()))
                .taskDefinitionKey(ProjectReportingProcess.Elements.REVIEW_REPORT).taskCandidateGroup("OFFICIAL").count())
                .isEqualTo(1);
        List<ChangeRequestSummary> changes = SystemUser.call(() -> changeRequests.ofProject(gradia.id()));
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeRequestKind.EXTENSION);
            assertThat(change.status()).isEqualTo(ChangeRequestStatus.PENDING);
        });
    }

    @Test
    void jyvaskylasFirstInstalmentIsApprovedButUnpaidAndItsReportIsDueSoonOnTheApplicantsHome() {
        ProjectSummary jyvaskyla = byOrganisation.get("Jyväskylän kaupunki");
        assertThat(instalments(jyvaskyla)).extracting(PaymentSummary::status)
                .containsExactly(PaymentStatus.APPROVED, PaymentStatus.PLANNED);
        ReportSummary interim = SystemUser.call(() -> reports.ofProject(jyvaskyla.id()).get(0));
        assertThat(interim.dueDate()).isAfter(today).isBefore(today.plusDays(30));
        assertThat(ownDeadline("hakija", "reports/" + interim.id()).deadline().status()).isEqualTo(DeadlineStatus.OPEN);
    }

    @Test
    void theSwedishSpeakingOrganisationHasItsProjectInSwedishWithAReportDueSoon() {
        ProjectSummary sofuk = byOrganisation.get("Svenska Österbottens förbund för utbildning och kultur (SÖFUK)");
        assertThat(sofuk.name()).startsWith("Flexibla studievägar");
        assertThat(SystemUser.call(() -> decisions.find(sofuk.decisionId()).orElseThrow()).language()).isEqualTo("sv");
        assertThat(instalments(sofuk).get(0).status()).isEqualTo(PaymentStatus.PAID);
        ReportSummary interim = SystemUser.call(() -> reports.ofProject(sofuk.id()).get(0));
        assertThat(ownDeadline("sokande", "reports/" + interim.id()).deadline().status()).isEqualTo(DeadlineStatus.OPEN);
        actAs(users, "sokande");
        assertThat(projects.mine()).extracting(ProjectSummary::id).contains(sofuk.id());
    }

    @Test
    void theEnglishSpeakingApplicantsOrganisationHasAnOverdueReport() {
        ProjectSummary lappia = byOrganisation.get("Koulutuskuntayhtymä Lappia");
        ReportSummary interim = SystemUser.call(() -> reports.ofProject(lappia.id()).get(0));
        assertThat(interim.dueDate()).isBefore(today);
        assertThat(interim.status()).isEqualTo(ReportStatus.DUE);
        assertThat(ownDeadline("applicant", "reports/" + interim.id()).deadline().status()).isEqualTo(DeadlineStatus.OVERDUE);
        actAs(users, "applicant");
        assertThat(projects.mine()).extracting(ProjectSummary::id).contains(lappia.id());
    }

    @Test
    void tampereProjectClosedAfterItsUnusedFundsWereReclaimedAndRepaid() {
        ProjectSummary tampere = byOrganisation.get("Tampereen kaupunki");
        assertThat(tampere.status()).isEqualTo(ProjectStatus.CLOSED);
        assertThat(tampere.usageEnd()).isBefore(today);
        ReportSummary report = SystemUser.call(() -> reports.ofProject(tampere.id()).get(0));
        assertThat(report.kind()).isEqualTo(ReportKind.FINAL);
        assertThat(report.status()).isEqualTo(ReportStatus.ACCEPTED);
        List<ClaimSummary> claims = SystemUser.call(() -> recoveries.ofProject(tampere.id()));
        assertThat(claims).singleElement().satisfies(claim -> {
            assertThat(claim.status()).isEqualTo(ClaimStatus.PAID);
            // Paid 60 % of 25 000 €, accepted 400 € less than the 46 % of each line reported.
            assertThat(claim.principal()).isEqualByComparingTo("2060.00");
        });
        assertThat(instalments(tampere)).extracting(PaymentSummary::status)
                .containsExactly(PaymentStatus.PAID, PaymentStatus.CANCELLED);
    }

    @Test
    void loadingAgainAddsNothing() {
        int before = SystemUser.call(() -> applications.ofCall(call.id()).applications().size());
        loader.run(null);
        assertThat(SystemUser.call(() -> applications.ofCall(call.id()).applications())).hasSize(before);
        assertThat(SystemUser.call(() -> calls.ofProgramme(call.programmeId())).stream()
                .filter(found -> found.title().fi().equals(CALL))).hasSize(1);
        assertThat(SystemUser.call(() -> projects.list(new ProjectFilter(null, call.id(), null), Pageable.unpaged())))
                .hasSize(byOrganisation.size());
    }

    private List<PaymentSummary> instalments(ProjectSummary project) {
        return SystemUser.call(() -> payments.ofProject(project.id()));
    }

    /** The deadline linking to this route among the user's own, as their home page lists them. */
    private DeadlineEntry ownDeadline(String username, String route) {
        actAs(users, username);
        try {
            return deadlines.own().stream().filter(entry -> route.equals(entry.deadline().route())).findFirst().orElseThrow();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
