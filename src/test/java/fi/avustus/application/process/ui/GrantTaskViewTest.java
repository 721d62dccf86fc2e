package fi.avustus.application.process.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import fi.avustus.application.ApplicationFixtures;
import fi.avustus.application.ApplicationStatus;
import fi.avustus.application.Applications;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.Programmes;
import fi.avustus.security.SystemUser;
import fi.avustus.ui.UiTest;
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

    @Test
    void officialSendsTheApplicationBackForCompletionAndAMissingMessageIsShownOnItsField() {
        long applicationId = submit();
        Task check = taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(applicationId)).singleResult();
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
