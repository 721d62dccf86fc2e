package fi.avustus.application.process.internal;

import static fi.avustus.application.process.GrantApplicationProcess.Variables.APPLICATION_ID;
import static fi.avustus.application.process.GrantApplicationProcess.Variables.CALL_ID;
import static fi.avustus.application.process.GrantApplicationProcess.Variables.ORGANISATION_ID;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the case ids every step needs from the process variables. */
final class ProcessSteps {

    private ProcessSteps() {
    }

    static long applicationId(VariableScope scope) {
        return ((Number) scope.getVariable(APPLICATION_ID)).longValue();
    }

    static long callId(VariableScope scope) {
        return ((Number) scope.getVariable(CALL_ID)).longValue();
    }

    static long organisationId(VariableScope scope) {
        return ((Number) scope.getVariable(ORGANISATION_ID)).longValue();
    }
}
