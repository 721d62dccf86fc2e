package fi.avustus.changerequest.internal;

import fi.avustus.changerequest.ChangeRequestDecided;
import fi.avustus.changerequest.ChangeRequestProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The automatic steps of processes/change-request.bpmn; each bean's name is the delegate
 * expression in the model ({@code ChangeRequestProcess.Beans}). They run in the transaction of
 * the official's decision, so a refused change leaves the task open and nothing written.
 */
@Configuration
class ChangeRequestSteps {

    /** Service task "Apply the change": the accepted values become the project's. */
    @Bean
    JavaDelegate applyChangeRequest(ChangeRequestRepository requests, ChangeApplier applier) {
        return execution -> applier.apply(request(requests, execution));
    }

    /** Service task "Issue the decision": the letter is written and the applicant's organisation told. */
    @Bean
    JavaDelegate issueChangeRequestDecision(ChangeRequestRepository requests, ChangeLetters letters,
                                            ApplicationEventPublisher events) {
        return execution -> {
            ChangeRequest request = request(requests, execution);
            letters.writeFor(request);
            events.publishEvent(new ChangeRequestDecided(request.getId(), request.getProjectId(),
                    request.getOrganisationId(), request.getKind(), request.getStatus()));
        };
    }

    private static ChangeRequest request(ChangeRequestRepository requests, DelegateExecution execution) {
        return requests.findById(((Number) execution.getVariable(Variables.CHANGE_REQUEST_ID)).longValue()).orElseThrow();
    }
}
