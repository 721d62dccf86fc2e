package fi.avustus.security;

import static fi.avustus.programme.ProgrammeFixtures.actAs;

import fi.avustus.actionplan.DocumentDetails;
import fi.avustus.actionplan.DocumentSummary;
import fi.avustus.actionplan.DocumentType;
import fi.avustus.actionplan.NetworkDocuments;
import fi.avustus.actionplan.process.DocumentFlow;
import fi.avustus.api.ApiFixtures;
import fi.avustus.application.ApplicationFixtures;
import fi.avustus.application.Applications;
import fi.avustus.approval.Meetings;
import fi.avustus.changerequest.ChangeRequestForm;
import fi.avustus.changerequest.ChangeRequestKind;
import fi.avustus.changerequest.ChangeRequests;
import fi.avustus.project.ProjectSummary;
import fi.avustus.project.Projects;
import fi.avustus.report.ReportSummary;
import fi.avustus.report.Reports;
import fi.avustus.shared.upload.UploadFixtures;
import fi.avustus.workflow.TaskInbox;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The table of writing facade methods for {@link FacadeAccessMatrixTest}, by "Class.method":
 * refused by role to an applicant of another organisation (called with blank arguments, which
 * only a role check can stop before they fail on their own), called on the owner's case with
 * valid arguments by someone the case is not for, or not called, with the reason.
 */
final class FacadeOperations {

    /** Methods whose role check stops an applicant whatever the arguments. */
    static final Set<String> BY_ROLE = Set.of(
            "Applications.requestCompletion", "Applications.markInAssessment", "Applications.markInDecision",
            "Applications.markDecided", "Applications.closeAsIncomplete",
            "NetworkDocuments.importDraft",
            // Members of other steering groups: ApprovalAccessTest and the schedule case below.
            "Meetings.writeMinutes", "ApprovalFlow.vote", "ApprovalFlow.breakTie", "ApprovalFlow.extendDeadline",
            "ApprovalFlow.decideWithoutQuorum", "ApprovalFlow.sendBack",
            "Networks.create", "Networks.update", "Networks.archive",
            "Organisations.create", "Organisations.update", "Organisations.archive",
            "SteeringGroups.create", "SteeringGroups.update", "SteeringGroups.archive",
            "Users.create", "Users.update", "Users.archive",
            "Calls.create", "Calls.recordClosedCall", "Calls.update", "Calls.publish", "Calls.archive",
            "Programmes.create", "Programmes.update", "Programmes.archive",
            "Payments.approve", "Payments.settleRemaining", "Payments.markPaid",
            "Projects.close", "Projects.extendUsage", "Projects.reallocate", "Projects.changeContact",
            "Recoveries.settle", "Recoveries.markPaid", "Recoveries.reduce",
            "Audits.sample", "Audits.record",
            "Reports.schedule", "Reports.accept", "Reports.returnForCompletion", "Reports.passContentCheck",
            "Reports.passFinancialCheck", "Reports.acceptFinal", "Reports.moveDueDates",
            "ReportingFlow.review", "ReportingFlow.checkContent", "ReportingFlow.checkFinances",
            "Assessments.assign", "Assessments.declareNoConflict", "Assessments.declareConflict", "Assessments.submit",
            "Decisions.propose", "Decisions.returnToPresenter", "Decisions.approve",
            "GrantApplicationFlow.completeCheck", "GrantApplicationFlow.declareConflict",
            "GrantApplicationFlow.submitAssessment", "GrantApplicationFlow.assessmentDone",
            "GrantApplicationFlow.assignReplacement", "GrantApplicationFlow.proposeDecision",
            "GrantApplicationFlow.decisionProposed", "GrantApplicationFlow.approveDecision",
            "GrantApplicationFlow.returnDecision", "GrantApplicationFlow.decisionTaken",
            "ChangeRequestFlow.decide", "MailOutbox.retryFailed");

    /** Methods an applicant's role admits: the case decides, so they are called on the owner's case. */
    static final Set<String> ON_CASE = Set.of(
            "Applications.startDraft", "Applications.saveDraft", "Applications.submit", "Applications.resubmitAfterCompletion",
            "Applications.withdraw", "Applications.uploadAttachment", "Applications.deleteAttachment",
            "NetworkDocuments.create", "NetworkDocuments.saveDraft", "NetworkDocuments.startRevision",
            "NetworkDocuments.rebaseReport", "DocumentFlow.submit",
            "ChangeRequests.file",
            "Reports.save", "Reports.submit", "Reports.uploadAttachment", "Reports.deleteAttachment",
            "AccessTokens.revoke", "Users.changeLocale", "Meetings.schedule",
            "TaskInbox.claim", "TaskInbox.take", "TaskInbox.unclaim");

    /** Methods not called here, and why no one else's case can change through them. */
    static final Map<String, String> NOT_CASE_DATA = Map.of(
            "AccessTokens.create", "makes a token of the caller's own",
            "UserMessages.markAllRead", "marks the caller's own messages",
            "MessageRetention.removeExpired", "the nightly retention job; removes only what is past its retention period",
            "TaskInbox.taskTypes", "reads only (the class's default transaction)",
            "TaskInbox.waitForTurn", "a lock until the caller's transaction ends; changes nothing",
            "TaskInbox.inTurn", "orders the caller's own step, which checks the task itself (TaskInbox.take below)",
            "DocumentFlow.defaultDeadline", "reads only (the class's default transaction)");

    static final Set<String> LISTED = listed();

    sealed interface Check permits ByRole, OnCase, NotCaseData {
    }

    record ByRole() implements Check {
    }

    /** @param state what must be the same after the refused call as before it */
    record OnCase(String user, Runnable call, Supplier<Object> state) implements Check {
    }

    record NotCaseData(String reason) implements Check {
    }

    private static final String OWNER = "hakija";
    private static final String OTHER_GROUP_MEMBER = "ohjausryhma";

    private final Map<String, OnCase> onCase = new HashMap<>();
    private final JdbcTemplate jdbc;

    /** Makes the owner's cases: a draft with an attachment, a submitted application, a running project and its report. */
    FacadeOperations(ApplicationContext context) {
        jdbc = context.getBean(JdbcTemplate.class);
        UserDetailsService users = context.getBean(UserDetailsService.class);
        Applications applications = context.getBean(Applications.class);
        Reports reports = context.getBean(Reports.class);
        NetworkDocuments documents = context.getBean(NetworkDocuments.class);
        Map<String, Long> ids = ApiFixtures.caseIds(context);
        long submitted = ids.get("applicationId");
        long projectId = ids.get("projectId");
        actAs(users, OWNER);
        long callId = ids.get("callId");
        long organisationId = applications.eligibleOrganisations(callId).get(0).id();
        long draft = applications.startDraft(callId, organisationId);
        long attachment = applications.uploadAttachment(draft, "liite.pdf", new ByteArrayInputStream(UploadFixtures.pdf())).id();
        ProjectSummary project = context.getBean(Projects.class).find(projectId).orElseThrow();
        ReportSummary report = reports.ofProject(projectId).get(0);
        long reportAttachment = reports.uploadAttachment(report.id(), "liite.pdf", new ByteArrayInputStream(UploadFixtures.pdf())).id();
        long network = documents.networks().stream().filter(found -> found.name().fi().startsWith("Osaava Metso"))
                .findFirst().orElseThrow().id();
        long document = documents.ofNetwork(network).stream()
                .filter(found -> found.year() == 2099 && found.type() == DocumentType.FINANCIAL_PLAN).map(DocumentSummary::id)
                .findFirst().orElseGet(() -> documents.create(DocumentType.FINANCIAL_PLAN, network, 2099));
        DocumentDetails details = documents.find(document).orElseThrow();
        long token = context.getBean(AccessTokens.class).create("Access matrix", context.getBean(AccessTokens.class).defaultExpiry()).token().id();
        SecurityContextHolder.clearContext();
        long group = jdbc.queryForObject("select id from avustus.steering_group where network_id = ?", Long.class, network);
        Task officialTask = context.getBean(TaskService.class).createTaskQuery().processInstanceBusinessKey(String.valueOf(submitted))
                .list().get(0);
        String processKey = officialTask.getProcessDefinitionId().split(":")[0];

        TaskInbox inbox = context.getBean(TaskInbox.class);
        ChangeRequests changeRequests = context.getBean(ChangeRequests.class);
        DocumentFlow documentFlow = context.getBean(DocumentFlow.class);
        Meetings meetings = context.getBean(Meetings.class);
        AccessTokens tokens = context.getBean(AccessTokens.class);
        Users userDirectory = context.getBean(Users.class);
        Clock clock = context.getBean(Clock.class);

        Supplier<Object> draftState = () -> List.of(row("application", draft), count("application_attachment", "application_id", draft));
        Supplier<Object> submittedState = () -> row("application", submitted);
        Supplier<Object> reportState = () -> List.of(row("report", report.id()), count("report_attachment", "report_id", report.id()));
        Supplier<Object> documentState = () -> List.of(row("plan_document", document), count("plan_document", "network_id", network));
        Supplier<Object> taskState = () -> jdbc.queryForList("select assignee_, rev_ from public.act_ru_task where id_ = ?",
                officialTask.getId());

        other("Applications.startDraft", () -> applications.startDraft(callId, organisationId),
                () -> count("application", "organisation_id", organisationId));
        other("Applications.saveDraft", () -> applications.saveDraft(draft, ApplicationFixtures.completeForm(versionOf("application", draft))),
                draftState);
        other("Applications.submit", () -> applications.submit(draft), draftState);
        other("Applications.resubmitAfterCompletion", () -> applications.resubmitAfterCompletion(submitted), submittedState);
        other("Applications.withdraw", () -> applications.withdraw(submitted, "Ei enää tarpeen."), submittedState);
        other("Applications.uploadAttachment",
                () -> applications.uploadAttachment(draft, "liite.pdf", new ByteArrayInputStream(UploadFixtures.pdf())), draftState);
        other("Applications.deleteAttachment", () -> applications.deleteAttachment(draft, attachment), draftState);
        other("NetworkDocuments.create", () -> documents.create(DocumentType.ACTION_PLAN, network, 2098), documentState);
        other("NetworkDocuments.saveDraft", () -> documents.saveDraft(document, details.lockVersion(), details.content()),
                documentState);
        other("NetworkDocuments.startRevision", () -> documents.startRevision(document), documentState);
        other("NetworkDocuments.rebaseReport", () -> documents.rebaseReport(document), documentState);
        other("DocumentFlow.submit", () -> documentFlow.submit(document, documentFlow.defaultDeadline()), documentState);
        other("ChangeRequests.file", () -> changeRequests.file(projectId, new ChangeRequestForm(ChangeRequestKind.EXTENSION,
                "Hanke tarvitsee lisäaikaa.", project.usageEnd().plusMonths(2), List.of(), null)),
                () -> count("change_request", "project_id", projectId));
        other("Reports.save", () -> reports.save(report.id(), report.content(), report.version()), reportState);
        other("Reports.submit", () -> reports.submit(report.id(), report.content(), report.version()), reportState);
        other("Reports.uploadAttachment",
                () -> reports.uploadAttachment(report.id(), "liite.pdf", new ByteArrayInputStream(UploadFixtures.pdf())), reportState);
        other("Reports.deleteAttachment", () -> reports.deleteAttachment(report.id(), reportAttachment), reportState);
        other("AccessTokens.revoke", () -> tokens.revoke(token), () -> row("access_token", token));
        other("Users.changeLocale", () -> userDirectory.changeLocale(OWNER, "sv"),
                () -> jdbc.queryForObject("select locale from avustus.user_account where username = ?", String.class, OWNER));
        other("TaskInbox.claim", () -> inbox.claim(officialTask.getId()), taskState);
        other("TaskInbox.take", () -> inbox.take(officialTask.getId(), processKey, officialTask.getTaskDefinitionKey()), taskState);
        other("TaskInbox.unclaim", () -> inbox.unclaim(officialTask.getId()), taskState);
        onCase.put("Meetings.schedule", new OnCase(OTHER_GROUP_MEMBER,
                () -> meetings.schedule(group, clock.instant().plus(Duration.ofDays(7)), "Jyväskylä"),
                () -> count("approval_meeting", "steering_group_id", group)));
    }

    Check check(String key) {
        if (NOT_CASE_DATA.containsKey(key)) {
            return new NotCaseData(NOT_CASE_DATA.get(key));
        }
        if (ON_CASE.contains(key)) {
            OnCase given = onCase.get(key);
            if (given == null) {
                throw new IllegalStateException(key + " is listed as called on a case, but has no call");
            }
            return given;
        }
        if (BY_ROLE.contains(key)) {
            return new ByRole();
        }
        throw new IllegalStateException(key + " is not listed");
    }

    /** Called by the applicant of another organisation. */
    private void other(String key, Runnable call, Supplier<Object> state) {
        onCase.put(key, new OnCase(FacadeAccessMatrixTest.OTHER_APPLICANT, call, state));
    }

    /** The row as text, so that two reads compare equal when nothing changed (byte arrays included). */
    private String row(String table, long id) {
        Map<String, Object> row = jdbc.queryForMap("select * from avustus." + table + " where id = ?", id);
        StringBuilder text = new StringBuilder();
        row.forEach((column, value) -> text.append(column).append('=')
                .append(value instanceof byte[] bytes ? Arrays.toString(bytes) : value).append(' '));
        return text.toString();
    }

    private long count(String table, String column, long id) {
        return jdbc.queryForObject("select count(*) from avustus." + table + " where " + column + " = ?", Long.class, id);
    }

    private long versionOf(String table, long id) {
        return jdbc.queryForObject("select version from avustus." + table + " where id = ?", Long.class, id);
    }

    private static Set<String> listed() {
        Set<String> listed = new TreeSet<>(BY_ROLE);
        listed.addAll(ON_CASE);
        listed.addAll(NOT_CASE_DATA.keySet());
        return Set.copyOf(listed);
    }
}
