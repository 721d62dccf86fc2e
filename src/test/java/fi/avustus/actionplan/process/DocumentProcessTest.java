package fi.avustus.actionplan.process;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.avustus.IntegrationTest;
import fi.avustus.actionplan.ActionLine;
import fi.avustus.actionplan.ActionPlanContent;
import fi.avustus.actionplan.AnnualReportContent;
import fi.avustus.actionplan.DocumentApproved;
import fi.avustus.actionplan.DocumentContent;
import fi.avustus.actionplan.DocumentDetails;
import fi.avustus.actionplan.DocumentFixtures;
import fi.avustus.actionplan.DocumentFixtures.TestNetwork;
import fi.avustus.actionplan.DocumentReturned;
import fi.avustus.actionplan.DocumentSamples;
import fi.avustus.actionplan.DocumentStatus;
import fi.avustus.actionplan.DocumentType;
import fi.avustus.actionplan.IndicatorResult;
import fi.avustus.actionplan.LineReport;
import fi.avustus.actionplan.NetworkDocuments;
import fi.avustus.actionplan.OutcomeLine;
import fi.avustus.actionplan.process.DocumentProcesses.Elements;
import fi.avustus.actionplan.process.DocumentProcesses.Key;
import fi.avustus.approval.ApprovalFlow;
import fi.avustus.approval.ApprovalOutcome;
import fi.avustus.approval.SteeringGroupApprovalProcess;
import fi.avustus.approval.VoteChoice;
import fi.avustus.organisation.Networks;
import fi.avustus.organisation.Organisations;
import fi.avustus.organisation.SteeringGroups;
import fi.avustus.security.Roles;
import fi.avustus.security.Users;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.ValidationFailedException;
import fi.avustus.workflow.InboxTask;
import fi.avustus.workflow.TaskViews;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Every path of the document processes (action-plan, financial-plan and annual-report share one
 * shape), driven through the facades as the screens do, with the real steering-group approval as
 * the call activity: the members vote through the approval module's flow.
 */
@IntegrationTest
@RecordApplicationEvents
class DocumentProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taskService;
    @Autowired ManagementService management;
    @Autowired DocumentFlow flow;
    @Autowired NetworkDocuments documents;
    @Autowired ApprovalFlow approvalFlow;
    @Autowired List<TaskViews> taskViews;
    @Autowired UserDetailsService userDetails;
    @Autowired Organisations organisations;
    @Autowired Users users;
    @Autowired Networks networks;
    @Autowired SteeringGroups steeringGroups;
    @Autowired ApplicationEvents events;

    private TestNetwork network;

    @BeforeEach
    void aNetworkWithItsSteeringGroup() {
        AbstractAssertions.init(engine);
        network = DocumentFixtures.network(userDetails, organisations, users, networks, steeringGroups);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void approvedTheVersionBecomesTheBaselineAndTheCoordinatorIsTold() {
        long id = draft(DocumentType.ACTION_PLAN, DocumentSamples.actionPlan(2017));
        submit(id);
        ProcessInstance instance = instance(Key.ACTION_PLAN, id);
        assertThat(instance).isWaitingAt(Elements.APPROVAL);
        assertThat(status(id)).isEqualTo(DocumentStatus.IN_APPROVAL);
        assertThat(round(instance)).isWaitingAt(SteeringGroupApprovalProcess.Elements.VOTE);

        vote(instance, 0, VoteChoice.APPROVE, null);
        vote(instance, 1, VoteChoice.APPROVE, "Selkeä suunnitelma.");

        assertThat(instance).isEnded().hasPassed(Elements.MARK_APPROVED, Elements.APPROVED)
                .hasNotPassed(Elements.REVISE);
        actAs(userDetails, network.coordinator());
        DocumentDetails approved = documents.find(id).orElseThrow();
        assertThat(approved.summary().status()).isEqualTo(DocumentStatus.APPROVED);
        assertThat(approved.versions()).singleElement().satisfies(version -> {
            assertThat(version.baseline()).isTrue();
            assertThat(version.outcome()).isEqualTo(ApprovalOutcome.APPROVED);
            assertThat(version.roundId()).isNotNull();
        });
        assertThat(events.stream(DocumentApproved.class)).anyMatch(event -> event.documentId() == id
                && event.versionNumber() == 1 && event.type() == DocumentType.ACTION_PLAN);
    }

    @Test
    void changesRequestedTheCoordinatorRevisesAndTheNewVersionIsApproved() {
        long id = draft(DocumentType.ACTION_PLAN, DocumentSamples.actionPlan(2017));
        submit(id);
        ProcessInstance instance = instance(Key.ACTION_PLAN, id);
        vote(instance, 0, VoteChoice.REQUEST_CHANGES, "Mittareille tavoitearvot, jotka voi todentaa.");
        vote(instance, 1, VoteChoice.REQUEST_CHANGES, "Vastuutahot tarkemmin.");

        assertThat(instance).isWaitingAt(Elements.REVISE).task().hasCandidateGroup(Roles.APPLICANT);
        assertThat(status(id)).isEqualTo(DocumentStatus.CHANGES_REQUESTED);
        assertThat(events.stream(DocumentReturned.class)).anyMatch(event -> event.documentId() == id
                && event.outcome() == ApprovalOutcome.CHANGES_REQUESTED);
        Task revise = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(routeOf(revise, id)).contains("documents/" + id + "/edit");

        actAs(userDetails, network.member());
        assertThatThrownBy(() -> flow.submit(id, null)).as("only the coordinator's people submit")
                .isInstanceOf(AccessDeniedException.class);
        actAs(userDetails, network.coordinator());
        DocumentDetails returned = documents.find(id).orElseThrow();
        assertThat(returned.editable()).isTrue();
        ActionPlanContent plan = (ActionPlanContent) returned.content();
        List<ActionLine> lines = new ArrayList<>(plan.lines());
        ActionLine first = lines.get(0);
        lines.set(0, new ActionLine(1, first.title(), first.objectives(), first.activities(), "Jyväskylän kaupunki, sivistyspalvelut",
                first.indicators()));
        documents.saveDraft(id, returned.lockVersion(), new ActionPlanContent(lines));
        assertThat(flow.submit(id, null)).isEqualTo(2);

        assertThat(instance).hasPassed(Elements.REVISE).isWaitingAt(Elements.APPROVAL);
        assertThat(status(id)).isEqualTo(DocumentStatus.IN_APPROVAL);
        vote(instance, 0, VoteChoice.APPROVE, null);
        vote(instance, 2, VoteChoice.APPROVE, null);

        assertThat(instance).isEnded().hasPassed(Elements.APPROVED);
        actAs(userDetails, network.coordinator());
        DocumentDetails approved = documents.find(id).orElseThrow();
        assertThat(approved.summary().approvedVersion()).isEqualTo(2);
        assertThat(approved.versions()).extracting(version -> version.outcome())
                .containsExactly(ApprovalOutcome.CHANGES_REQUESTED, ApprovalOutcome.APPROVED);
        assertThat(documents.difference(id, 1, 2)).extracting(change -> change.path()).containsExactly("lines[1].responsible");
    }

    @Test
    void sentBackByTheChairWithoutAQuorumTheCoordinatorRevises() {
        long id = draft(DocumentType.ACTION_PLAN, DocumentSamples.actionPlan(2017));
        submit(id);
        ProcessInstance instance = instance(Key.ACTION_PLAN, id);
        ProcessInstance round = round(instance);
        management.executeJob(management.createJobQuery().processInstanceId(round.getId()).timers()
                .activityId(SteeringGroupApprovalProcess.Elements.DEADLINE_PASSED).singleResult().getId());
        assertThat(round).isWaitingAt(SteeringGroupApprovalProcess.Elements.RESOLVE_NO_QUORUM);
        Task resolve = taskService.createTaskQuery().processInstanceId(round.getId()).singleResult();
        actAs(userDetails, resolve.getAssignee());
        approvalFlow.sendBack(resolve.getId(), "Ei päätösvaltaa: käsitellään seuraavassa kokouksessa.");
        SecurityContextHolder.clearContext();

        assertThat(instance).isWaitingAt(Elements.REVISE).hasPassed(Elements.RETURN_FOR_REVISION);
        actAs(userDetails, network.coordinator());
        assertThat(documents.find(id).orElseThrow().versions()).singleElement()
                .satisfies(version -> assertThat(version.outcome()).isEqualTo(ApprovalOutcome.SENT_BACK));
        assertThat(flow.submit(id, null)).as("sent again as it was").isEqualTo(2);
        assertThat(instance).isWaitingAt(Elements.APPROVAL);
    }

    @Test
    void eachDocumentHasItsProcessAndTheReportFollowsTheApprovedPlans() {
        approveAtOnce(Key.ACTION_PLAN, draft(DocumentType.ACTION_PLAN, DocumentSamples.actionPlan(2017)));
        approveAtOnce(Key.FINANCIAL_PLAN, draft(DocumentType.FINANCIAL_PLAN, DocumentSamples.balancedFinancialPlan()));
        actAs(userDetails, network.coordinator());
        long report = documents.create(DocumentType.ANNUAL_REPORT, network.networkId(), 2017);
        AnnualReportContent prefilled = (AnnualReportContent) documents.find(report).orElseThrow().content();
        documents.saveDraft(report, documents.find(report).orElseThrow().lockVersion(), completed(prefilled));
        approveAtOnce(Key.ANNUAL_REPORT, report);
        actAs(userDetails, network.coordinator());
        assertThat(documents.find(report).orElseThrow().summary().status()).isEqualTo(DocumentStatus.APPROVED);
    }

    @Test
    void anApprovedVersionIsNotRevisedInPlaceAndABadDeadlineStartsNothing() {
        long id = draft(DocumentType.ACTION_PLAN, DocumentSamples.actionPlan(2017));
        actAs(userDetails, network.coordinator());
        assertThatThrownBy(() -> flow.submit(id, java.time.LocalDate.now().minusDays(1)))
                .isInstanceOfSatisfying(ValidationFailedException.class, refused -> assertThat(refused.violations())
                        .extracting(ValidationFailedException.Violation::field).containsExactly("deadline"));
        assertThat(documents.find(id).orElseThrow().versions()).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(Key.ACTION_PLAN.processKey())
                .processInstanceBusinessKey(String.valueOf(id)).count()).isZero();

        approveAtOnce(Key.ACTION_PLAN, id);
        actAs(userDetails, network.coordinator());
        assertThatThrownBy(() -> flow.submit(id, null)).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("actionplan.approved.readOnly"));
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(Key.ACTION_PLAN.processKey())
                .processInstanceBusinessKey(String.valueOf(id)).count()).isZero();

        documents.startRevision(id);
        assertThat(flow.submit(id, null)).isEqualTo(2);
        assertThat(instance(Key.ACTION_PLAN, id)).isWaitingAt(Elements.APPROVAL);
        assertThat(documents.find(id).orElseThrow().summary().approvedVersion()).as("version 1 in force meanwhile").isEqualTo(1);
    }

    private long draft(DocumentType type, DocumentContent content) {
        actAs(userDetails, network.coordinator());
        long id = documents.create(type, network.networkId(), 2017);
        documents.saveDraft(id, documents.find(id).orElseThrow().lockVersion(), content);
        SecurityContextHolder.clearContext();
        return id;
    }

    private void submit(long id) {
        actAs(userDetails, network.coordinator());
        assertThat(flow.submit(id, null)).isEqualTo(1);
        SecurityContextHolder.clearContext();
    }

    private void approveAtOnce(Key key, long id) {
        actAs(userDetails, network.coordinator());
        int number = flow.submit(id, null);
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(key.processKey())
                .processInstanceBusinessKey(String.valueOf(id)).active().singleResult();
        vote(instance, 0, VoteChoice.APPROVE, null);
        vote(instance, 1, VoteChoice.APPROVE, null);
        assertThat(instance).isEnded().hasPassed(Elements.APPROVED);
        assertThat(number).isPositive();
    }

    private ProcessInstance instance(Key key, long id) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(key.processKey())
                .processInstanceBusinessKey(String.valueOf(id)).singleResult();
    }

    private ProcessInstance round(ProcessInstance instance) {
        return runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).singleResult();
    }

    private void vote(ProcessInstance instance, int member, VoteChoice choice, String comment) {
        String username = network.groupMembers().get(member);
        Task task = taskService.createTaskQuery().processInstanceId(round(instance).getId())
                .taskDefinitionKey(SteeringGroupApprovalProcess.Elements.VOTE).taskAssignee(username).singleResult();
        actAs(userDetails, username);
        approvalFlow.vote(task.getId(), choice, comment);
        SecurityContextHolder.clearContext();
    }

    private DocumentStatus status(long id) {
        actAs(userDetails, network.coordinator());
        DocumentStatus status = documents.find(id).orElseThrow().summary().status();
        SecurityContextHolder.clearContext();
        return status;
    }

    private java.util.Optional<String> routeOf(Task task, long id) {
        InboxTask inboxTask = new InboxTask(task.getId(), Key.ACTION_PLAN.processKey(), task.getTaskDefinitionKey(),
                String.valueOf(id), null, null, Instant.now(), null, false);
        return taskViews.stream().map(views -> views.route(inboxTask)).flatMap(java.util.Optional::stream).findFirst();
    }

    private static AnnualReportContent completed(AnnualReportContent report) {
        return new AnnualReportContent(report.actionPlanVersionId(), report.financialPlanVersionId(),
                report.lines().stream().map(line -> new LineReport(line.number(), line.title(), "Toteutettiin suunnitellusti.",
                        line.indicators().stream().map(indicator -> new IndicatorResult(indicator.name(), indicator.unit(),
                                indicator.target(), indicator.target())).toList())).toList(),
                report.financialOutcome().stream().map(line -> new OutcomeLine(line.category(), line.description(),
                        line.planned(), line.planned(), null)).toList());
    }
}
