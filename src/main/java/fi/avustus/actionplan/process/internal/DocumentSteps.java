package fi.avustus.actionplan.process.internal;

import static fi.avustus.actionplan.process.DocumentProcesses.Variables.APPROVAL_OUTCOME;
import static fi.avustus.actionplan.process.DocumentProcesses.Variables.APPROVAL_ROUND_ID;
import static fi.avustus.actionplan.process.DocumentProcesses.Variables.DOCUMENT_ID;
import static fi.avustus.actionplan.process.DocumentProcesses.Variables.DOCUMENT_VERSION_ID;

import fi.avustus.actionplan.internal.DocumentLifecycle;
import fi.avustus.actionplan.process.DocumentProcesses;
import fi.avustus.approval.ApprovalOutcome;
import fi.avustus.security.SystemUser;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The automatic steps of the document processes; each bean's name is the delegate expression in
 * the models ({@link DocumentProcesses.Beans}). They run as the system user in the engine's transaction.
 */
@Configuration
class DocumentSteps {

    /** Service task "Mark the approved baseline": the version is approved and the coordinator told. */
    @Bean(DocumentProcesses.Beans.MARK_APPROVED)
    JavaDelegate markDocumentApproved(DocumentLifecycle lifecycle) {
        return execution -> SystemUser.run(() -> lifecycle.approve(id(execution, DOCUMENT_ID),
                id(execution, DOCUMENT_VERSION_ID), roundId(execution)));
    }

    /** Service task "Return for revision": changes requested or sent back; the draft opens for the coordinator. */
    @Bean(DocumentProcesses.Beans.RETURN_FOR_REVISION)
    JavaDelegate returnDocumentForRevision(DocumentLifecycle lifecycle) {
        return execution -> SystemUser.run(() -> lifecycle.returnForRevision(id(execution, DOCUMENT_ID),
                id(execution, DOCUMENT_VERSION_ID), ApprovalOutcome.valueOf(String.valueOf(execution.getVariable(APPROVAL_OUTCOME))),
                roundId(execution)));
    }

    private static long id(VariableScope scope, String variable) {
        return ((Number) scope.getVariable(variable)).longValue();
    }

    private static Long roundId(VariableScope scope) {
        return scope.getVariable(APPROVAL_ROUND_ID) instanceof Number number ? number.longValue() : null;
    }
}
