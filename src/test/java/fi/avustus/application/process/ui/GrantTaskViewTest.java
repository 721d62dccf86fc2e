package fi.avustus.application.process.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import fi.avustus.application.process.GrantApplicationProcess;
import fi.avustus.application.ApplicationFixtures;
import fi.avustus.application.ApplicationStatus;
import fi.avustus.application.Applications;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.Programmes;
import fi.avustus.security.SystemUser;
import fi.avustus.application.process.GrantApplicationFlow;
import fi.avustus.review.AssessmentForm;
import fi.avustus.review.ui.AssessmentEditor;
import fi.avustus.ui.UiTest;
import java.util.List;
import java.time.Clock;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

class GrantTaskViewTest extends UiTest {

    @Autowired Applications applications;
    @Autowired UserDetailsService users;
    @Autowired Programmes programmes;
    @Autowired Calls calls;
    @Autowired Organisations organisations;
    @Autowired Clock clock;
    @Autowired TaskService taskService;
    @Autowired org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired org.camunda.bpm.engine.ManagementService management;
    @Autowired fi.avustus.application.process.GrantApplicationFlow flow;
    @Autowired fi.avustus.review.Assessments assessments;

    @Test
    void officialSendsTheApplicationBackForCompletionAndAMissingMessageIsShownOnItsField() {
        long applicationId = submit();
        Task check = taskService.createTaskQuery().processDefinitionKey(GrantApplicationProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(applicationId)).singleResult();
        login("virkailija");
        UI.getCurrent().navigate("tasks/grant-application/" + check.getId());
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> complete = _get(RadioButtonGroup.class, spec -> spec.withId("complete"));
        _setValue(complete, false);
        _click(_get(Button.class, spec -> spec.withId("save")));
        TextArea message = _get(TextArea.class, spec -> spec.withId("completionMessage"));
        assertThat(message.isInvalid()).isTrue();
        assertThat(status(applicationId)).isEqualTo(ApplicationStatus.SUBMITTED);

        _setValue(message, "Liitä kuntien sitoumukset.");
        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(status(applicationId)).isEqualTo(ApplicationStatus.COMPLETION_REQUESTED);
    }

    /** The same check open in two tabs: the second save is told in words that the task is already done. */
    @Test
    void anOfficialSavingACheckSentMeanwhileFromAnotherTabIsToldItIsDone() {
        long applicationId = submit();
        Task check = taskService.createTaskQuery().processDefinitionKey(GrantApplicationProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(applicationId)).singleResult();
        login("virkailija");
        UI.getCurrent().navigate("tasks/grant-application/" + check.getId());
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> complete = _get(RadioButtonGroup.class, spec -> spec.withId("complete"));
        _setValue(complete, false);
        _setValue(_get(TextArea.class, spec -> spec.withId("completionMessage")), "Liitä kuntien sitoumukset.");

        ApplicationFixtures.requestCompletion(users, taskService, flow, applicationId, "Liitä talousarvio.", null);
        _click(_get(Button.class, spec -> spec.withId("save")));

        NotificationsKt.expectNotifications(UI.getCurrent().getTranslation("task.gone"));
        assertThat(status(applicationId)).isEqualTo(ApplicationStatus.COMPLETION_REQUESTED);
    }

    @Test
    void aReviewerFinishesTheAssessmentTaskAfterAssessingOnTheReviewForm() {
        long applicationId = submit();
        String check = taskService.createTaskQuery().processDefinitionKey(GrantApplicationProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(applicationId))
                .singleResult().getId();
        actAs(users, "virkailija");
        flow.completeCheck(check, new GrantApplicationFlow.CompletenessCheck(true, List.of("arvioija1", "arvioija2"), null, null));
        // The call closes (its timer job runs here, as the job executor is off in tests).
        String processInstanceId = runtime.createProcessInstanceQuery().processDefinitionKey(GrantApplicationProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(applicationId)).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(processInstanceId).timers().singleResult().getId());
        Task assess = taskService.createTaskQuery().processDefinitionKey(GrantApplicationProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(applicationId))
                .taskAssignee("arvioija1").singleResult();
        long assessmentId = ((Number) taskService.getVariableLocal(assess.getId(), "assessmentId")).longValue();

        // The review is done on the review module's form; completing the task is a separate step.
        actAs(users, "arvioija1");
        assessments.declareNoConflict(assessmentId);
        AssessmentForm form = AssessmentForm.of(assessments.find(assessmentId).orElseThrow());
        form.setScores(form.getScores().stream().map(score -> 3).toList());
        form.setComment("Selkeä suunnitelma.");
        assessments.submit(assessmentId, form);

        login("arvioija1");
        UI.getCurrent().navigate("tasks/grant-application/" + assess.getId());
        _get(AssessmentEditor.class);
        _click(_get(Button.class, spec -> spec.withId("finish-task")));
        assertThat(taskService.createTaskQuery().taskId(assess.getId()).count()).isZero();
    }

    private long submit() {
        CallSummary call = ApplicationFixtures.openCall(users, programmes, calls, organisations, clock);
        actAs(users, "hakija");
        long id = applications.startDraft(call.id(), applications.eligibleOrganisations(call.id()).get(0).id());
        applications.saveDraft(id, ApplicationFixtures.completeForm(applications.find(id).orElseThrow().content().getVersion()));
        applications.submit(id);
        return id;
    }

    private ApplicationStatus status(long applicationId) {
        return SystemUser.call(() -> applications.find(applicationId).orElseThrow().summary().status());
    }
}
