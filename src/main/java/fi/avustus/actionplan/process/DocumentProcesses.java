package fi.avustus.actionplan.process;

import fi.avustus.actionplan.DocumentType;
import fi.avustus.approval.SteeringGroupApprovalProcess;
import fi.avustus.workflow.TaskInbox;
import java.util.Arrays;
import java.util.Optional;

/**
 * The documents' processes (processes/action-plan.bpmn, financial-plan.bpmn, annual-report.bpmn):
 * one shape for every document type, so one descriptor with a key per type, the shared element
 * ids and variables. Nothing outside this class spells them out.
 */
public final class DocumentProcesses {

    private DocumentProcesses() {
    }

    /** The process key of each document type. */
    public enum Key {
        ACTION_PLAN(DocumentType.ACTION_PLAN, "action-plan", "Action plan"),
        FINANCIAL_PLAN(DocumentType.FINANCIAL_PLAN, "financial-plan", "Financial plan"),
        ANNUAL_REPORT(DocumentType.ANNUAL_REPORT, "annual-report", "Annual report");

        private final DocumentType type;
        private final String processKey;
        private final String name;

        Key(DocumentType type, String processKey, String name) {
            this.type = type;
            this.processKey = processKey;
            this.name = name;
        }

        public DocumentType type() {
            return type;
        }

        public String processKey() {
            return processKey;
        }

        /** The process's name in the model (Cockpit shows it). */
        public String processName() {
            return name;
        }

        public static Key of(DocumentType type) {
            return valueOf(type.name());
        }

        public static Optional<Key> ofProcess(String processKey) {
            return Arrays.stream(values()).filter(key -> key.processKey.equals(processKey)).findFirst();
        }
    }

    /** BPMN element ids, the same in every document process. */
    public static final class Elements {
        public static final String SUBMITTED = "documentSubmitted";
        public static final String JOIN_ROUND = "joinRound";
        public static final String APPROVAL = "steeringGroupApproval";
        public static final String OUTCOME = "outcomeGateway";
        public static final String MARK_APPROVED = "markApproved";
        public static final String APPROVED = "documentApproved";
        public static final String RETURN_FOR_REVISION = "returnForRevision";
        public static final String REVISE = "revise";

        private Elements() {
        }
    }

    /** Process variables: those of the approval call activity, which these processes pass in and read out. */
    public static final class Variables {
        public static final String DOCUMENT_TYPE = SteeringGroupApprovalProcess.Variables.DOCUMENT_TYPE;
        public static final String DOCUMENT_ID = SteeringGroupApprovalProcess.Variables.DOCUMENT_ID;
        public static final String DOCUMENT_VERSION_ID = SteeringGroupApprovalProcess.Variables.DOCUMENT_VERSION_ID;
        public static final String STEERING_GROUP_ID = SteeringGroupApprovalProcess.Variables.STEERING_GROUP_ID;
        public static final String ROUND_DEADLINE = SteeringGroupApprovalProcess.Variables.ROUND_DEADLINE;
        public static final String SUBMITTED_BY = SteeringGroupApprovalProcess.Variables.SUBMITTED_BY;
        public static final String APPROVAL_OUTCOME = SteeringGroupApprovalProcess.Variables.APPROVAL_OUTCOME;
        public static final String APPROVAL_ROUND_ID = SteeringGroupApprovalProcess.Variables.APPROVAL_ROUND_ID;
        /** The coordinator organisation, whose applicants alone see the revise task in their inbox. */
        public static final String ORGANISATION_ID = TaskInbox.ORGANISATION_ID;

        private Variables() {
        }
    }

    /** The delegate beans the models name. */
    public static final class Beans {
        public static final String MARK_APPROVED = "markDocumentApproved";
        public static final String RETURN_FOR_REVISION = "returnDocumentForRevision";

        private Beans() {
        }
    }
}
