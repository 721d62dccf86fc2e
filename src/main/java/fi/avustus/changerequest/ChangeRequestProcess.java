package fi.avustus.changerequest;

import fi.avustus.workflow.TaskInbox;

/**
 * The change-request process (processes/change-request.bpmn): an official decides a change request
 * that the programme's rules do not accept automatically; an accepted change is applied to the
 * project, and the decision letter and the applicant's message follow either way. Its key, element
 * ids, variables and delegate beans; nothing outside this class spells them out.
 */
public final class ChangeRequestProcess {

    public static final String KEY = "change-request";

    private ChangeRequestProcess() {
    }

    /** BPMN element ids. */
    public static final class Elements {
        public static final String FILED = "changeRequestFiled";
        public static final String DECIDE = "decideChangeRequest";
        public static final String OUTCOME = "outcomeGateway";
        public static final String APPLY = "applyChange";
        public static final String JOIN = "joinOutcome";
        public static final String ISSUE_DECISION = "issueDecision";
        public static final String DECIDED = "changeRequestDecided";

        private Elements() {
        }
    }

    /** Process variables: ids and primitives; the request itself lives in the change-request tables. */
    public static final class Variables {
        public static final String CHANGE_REQUEST_ID = "changeRequestId";
        public static final String PROJECT_ID = "projectId";
        public static final String KIND = "kind";
        /** The project's call, for the inbox's filter. */
        public static final String CALL_ID = TaskInbox.CALL_ID;
        public static final String ORGANISATION_ID = TaskInbox.ORGANISATION_ID;
        /** The official's decision: a {@link ChangeRequestStatus} name other than PENDING. */
        public static final String OUTCOME = "outcome";
        public static final String DECISION_JUSTIFICATION = "decisionJustification";

        private Variables() {
        }
    }

    /** The delegate beans the model names. */
    public static final class Beans {
        public static final String APPLY = "applyChangeRequest";
        public static final String ISSUE_DECISION = "issueChangeRequestDecision";

        private Beans() {
        }
    }
}
