package fi.avustus.scale;

import fi.avustus.application.ApplicationFixtures;
import fi.avustus.application.ApplicationForm;
import fi.avustus.application.Applications;
import fi.avustus.application.BudgetCategory;
import fi.avustus.application.BudgetLine;
import fi.avustus.application.process.GrantApplicationFlow;
import fi.avustus.application.process.GrantApplicationFlow.CompletenessCheck;
import fi.avustus.application.process.GrantApplicationProcess;
import fi.avustus.payment.PaymentSummary;
import fi.avustus.payment.Payments;
import fi.avustus.programme.CallSummary;
import fi.avustus.project.Projects;
import fi.avustus.report.ReportFixtures;
import fi.avustus.report.ReportSummary;
import fi.avustus.report.Reports;
import fi.avustus.report.process.ProjectReportingProcess;
import fi.avustus.report.process.ReportingFlow;
import fi.avustus.review.AcceptedCostLine;
import fi.avustus.review.AssessmentForm;
import fi.avustus.review.DecisionForm;
import fi.avustus.review.Instalment;
import fi.avustus.shared.Money;
import fi.avustus.shared.Time;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * One grant's life driven step by step through the facades and process facades, as the screens
 * drive it, each step as the user whose work it is: the applicant drafts and submits, an official
 * checks, two reviewers assess, an official proposes, a decision maker decides; then the funded
 * project's instalment, payment and reports. Every step finds its task as the inbox would, by the
 * case's business key.
 */
public class GrantLifecycle {

    private static final BudgetCategory[] CATEGORIES = BudgetCategory.values();
    private static final String[] THEMES = {"Jatkuvan oppimisen verkosto", "Työelämäyhteistyön kehittäminen",
            "Ohjauksen saavutettavuus", "Digitaaliset oppimisympäristöt", "Osaamisen tunnistaminen",
            "Opettajien täydennyskoulutus", "Alueellinen yhteistyö", "Laatutyön vertaisarviointi"};

    private final UserDetailsService users;
    private final Applications applications;
    private final GrantApplicationFlow grants;
    private final ReportingFlow reporting;
    private final Projects projects;
    private final Payments payments;
    private final Reports reports;
    private final TaskService tasks;
    private final Clock clock;
    private final Map<String, Authentication> logins = new ConcurrentHashMap<>();

    public GrantLifecycle(ApplicationContext context) {
        this.users = context.getBean(UserDetailsService.class);
        this.applications = context.getBean(Applications.class);
        this.grants = context.getBean(GrantApplicationFlow.class);
        this.reporting = context.getBean(ReportingFlow.class);
        this.projects = context.getBean(Projects.class);
        this.payments = context.getBean(Payments.class);
        this.reports = context.getBean(Reports.class);
        this.tasks = context.getBean(TaskService.class);
        this.clock = context.getBean(Clock.class);
    }

    /** A complete draft whose name, budget and self-financing come from {@code random}. */
    public long draft(String applicant, CallSummary call, long organisationId, int number, Random random) {
        return as(applicant, () -> {
            long id = applications.startDraft(call.id(), organisationId);
            ApplicationForm form = ApplicationFixtures.completeForm(applications.find(id).orElseThrow().content().getVersion());
            form.setProjectName(THEMES[random.nextInt(THEMES.length)] + " " + number);
            form.setContactName("Yhteyshenkilö " + number);
            form.setContactEmail("yhteys" + number + "@hanke.example");
            form.setContactPhone("+358 40 000 " + String.format("%04d", number % 10_000));
            List<BudgetLine> lines = new ArrayList<>();
            int year = Time.now(clock).getYear() + 1;
            for (int line = 0, count = 2 + random.nextInt(3); line < count; line++) {
                lines.add(new BudgetLine(CATEGORIES[random.nextInt(CATEGORIES.length)], year, "Kuluerä " + (line + 1),
                        Money.euros(String.valueOf(5_000 + 1_000 * random.nextInt(60)))));
            }
            form.setBudgetLines(lines);
            BigDecimal total = lines.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal share = new BigDecimal(30 + random.nextInt(20)).movePointLeft(2);
            form.setSelfFinancing(Money.normalise(total.multiply(share)));
            applications.saveDraft(id, form);
            return id;
        });
    }

    public void submit(String applicant, long applicationId) {
        as(applicant, () -> applications.submit(applicationId));
    }

    public void withdraw(String applicant, long applicationId) {
        as(applicant, () -> applications.withdraw(applicationId, "Hanke toteutetaan muulla rahoituksella."));
    }

    public void checkComplete(String official, long applicationId, List<String> reviewers) {
        as(official, () -> grants.completeCheck(task(applicationId, GrantApplicationProcess.Elements.CHECK_COMPLETENESS),
                new CompletenessCheck(true, reviewers, null, null)));
    }

    public void requestCompletion(String official, long applicationId) {
        as(official, () -> grants.completeCheck(task(applicationId, GrantApplicationProcess.Elements.CHECK_COMPLETENESS),
                new CompletenessCheck(false, List.of(), "Liittäkää talousarvion erittely.",
                        Time.now(clock).toLocalDate().plusDays(14))));
    }

    public void assess(String reviewer, CallSummary call, long applicationId, Random random) {
        as(reviewer, () -> {
            AssessmentForm form = new AssessmentForm();
            form.setScores(call.criteria().stream().map(criterion -> 1 + random.nextInt(5)).toList());
            form.setComment("Arvio perusteluineen.");
            grants.submitAssessment(taskQuery(applicationId, GrantApplicationProcess.Elements.ASSESS)
                    .taskAssignee(reviewer).singleResult().getId(), form);
        });
    }

    /** A positive proposal accepts every applied line and grants what was asked. */
    public void propose(String presenter, long applicationId, boolean positive) {
        as(presenter, () -> {
            var details = applications.find(applicationId).orElseThrow();
            ApplicationForm application = details.content();
            var summary = details.summary();
            DecisionForm form = new DecisionForm();
            form.setApplicationId(applicationId);
            form.setCallId(summary.callId());
            form.setOrganisationId(summary.organisationId());
            BigDecimal total = application.getBudgetLines().stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal requested = Money.normalise(total.subtract(application.getSelfFinancing()));
            form.setRequestedAmount(requested);
            form.setPositive(positive);
            form.setJustification(positive ? "Hanke vastaa ohjelman tavoitteisiin." : "Hanke ei vastaa haun painopisteitä.");
            if (positive) {
                LocalDate today = Time.now(clock).toLocalDate();
                LocalDate start = today.minusMonths(applicationId % 6);
                LocalDate end = start.plusMonths(18);
                form.setGrantedAmount(requested);
                form.setCostLines(application.getBudgetLines().stream()
                        .map(line -> AcceptedCostLine.asApplied(line.category().name(), line.year(), line.description(),
                                line.amount())).toList());
                form.setUsageStart(start);
                form.setUsageEnd(end);
                form.setInterimReports(List.of(start.plusMonths(9)));
                form.setFinalReportDue(end.plusMonths(2));
                form.setConditions("Valtionavustuslain (688/2001) ehdot.");
                BigDecimal advance = requested.multiply(new BigDecimal("0.6")).setScale(2, RoundingMode.HALF_UP);
                form.setInstalments(List.of(new Instalment(start, advance),
                        new Instalment(end.plusMonths(3), requested.subtract(advance))));
            }
            grants.proposeDecision(task(applicationId, GrantApplicationProcess.Elements.PROPOSE_DECISION), form);
        });
    }

    /** Approves the proposal; a positive one has then created the funded project, whose id this returns. */
    public Long approve(String decisionMaker, long applicationId) {
        return as(decisionMaker, () -> {
            grants.approveDecision(task(applicationId, GrantApplicationProcess.Elements.APPROVE_DECISION));
            return projects.ofApplication(applicationId).map(project -> project.id()).orElse(null);
        });
    }

    public PaymentSummary approveFirstInstalment(String official, long projectId) {
        return as(official, () -> {
            PaymentSummary first = payments.ofProject(projectId).get(0);
            return payments.approve(first.id(), first.version());
        });
    }

    public void markPaid(String admin, PaymentSummary approved) {
        as(admin, () -> payments.markPaid(approved.id(), approved.version()));
    }

    /** The applicant reports the first months of the usage period, spending a third of each line. */
    public void submitInterimReport(String applicant, long projectId) {
        as(applicant, () -> {
            ReportSummary interim = reports.ofProject(projectId).get(0);
            LocalDate from = projects.find(projectId).orElseThrow().usageStart();
            LocalDate today = Time.now(clock).toLocalDate();
            LocalDate to = today.isBefore(from) ? from : today;
            reports.submit(interim.id(), ReportFixtures.complete(interim, from, to, "0.33"), interim.version());
        });
    }

    public void acceptReport(String official, long projectId) {
        as(official, () -> reporting.review(projectTask(projectId, ProjectReportingProcess.Elements.REVIEW_REPORT),
                true, null, null));
    }

    private String task(long applicationId, String element) {
        return taskQuery(applicationId, element).singleResult().getId();
    }

    private TaskQuery taskQuery(long applicationId, String element) {
        return tasks.createTaskQuery().processDefinitionKey(GrantApplicationProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(applicationId)).taskDefinitionKey(element);
    }

    private String projectTask(long projectId, String element) {
        return tasks.createTaskQuery().processDefinitionKey(ProjectReportingProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(projectId)).taskDefinitionKey(element).singleResult().getId();
    }

    private Authentication login(String username) {
        UserDetails user = users.loadUserByUsername(username);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private void as(String username, Runnable step) {
        as(username, () -> {
            step.run();
            return null;
        });
    }

    /**
     * Runs a step as the user. Their login is read once and kept, as a screen's session keeps it:
     * reading it again for every step would time the login, not the step.
     */
    private <T> T as(String username, Supplier<T> step) {
        SecurityContext session = SecurityContextHolder.createEmptyContext();
        session.setAuthentication(logins.computeIfAbsent(username, this::login));
        SecurityContextHolder.setContext(session);
        try {
            return step.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
