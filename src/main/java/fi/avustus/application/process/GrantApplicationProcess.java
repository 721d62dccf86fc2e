package fi.avustus.application.process;

import fi.avustus.workflow.TaskInbox;

/**
 * The grant-application process (processes/grant-application.bpmn): its key, element ids,
 * variables and messages. Nothing outside this class spells them out.
 */
public final class GrantApplicationProcess {

    public static final String KEY = "grant-application";

    private GrantApplicationProcess() {
    }

    /** BPMN element ids. */
    public static final class Elements {
        public static final String CHECK_COMPLETENESS = "checkCompleteness";
        public static final String REQUEST_COMPLETION = "requestCompletion";
        public static final String AWAIT_COMPLETION = "awaitCompletion";
        public static final String COMPLETION_DEADLINE_PASSED = "completionDeadlinePassed";
        public static final String COMPLETION_REMINDER_DUE = "completionReminderDue";
        public static final String CLOSED_INCOMPLETE = "closedIncomplete";
        public static final String CALL_CLOSED = "callClosed";
        public static final String ASSESSMENT = "assessment";
        public static final String ASSESS = "assess";
        public static final String ASSIGN_REPLACEMENT_REVIEWER = "assignReplacementReviewer";
        public static final String PROPOSE_DECISION = "proposeDecision";
        public static final String APPROVE_DECISION = "approveDecision";
        public static final String DECIDED = "decided";
        public static final String WITHDRAWN = "withdrawn";

        private Elements() {
        }
    }

    /** Process variables: ids and primitives only; the case data lives in the application's tables. */
    public static final class Variables {
        public static final String APPLICATION_ID = "applicationId";
        public static final String CALL_ID = TaskInbox.CALL_ID;
        public static final String ORGANISATION_ID = TaskInbox.ORGANISATION_ID;
        public static final String COMPLETE = "complete";
        public static final String COMPLETION_MESSAGE = "completionMessage";
        public static final String COMPLETION_DEADLINE = "completionDeadline";
        public static final String COMPLETION_REMINDER_AT = "completionReminderAt";
        public static final String ASSESS_AFTER_CLOSE = "assessAfterClose";
        public static final String CALL_CLOSES_AT = "callClosesAt";
        public static final String REVIEWERS = "reviewers";
        public static final String REVIEWER = "reviewer";
        public static final String CONFLICT = "conflict";
        public static final String CONFLICT_REASON = "conflictReason";
        public static final String ASSESSMENT_ID = "assessmentId";
        public static final String PRESENTER = "presenter";
        public static final String DECISION_ID = "decisionId";
        public static final String APPROVED = "approved";
        public static final String POSITIVE = "positive";
        public static final String RETURN_COMMENT = "returnComment";

        private Variables() {
        }
    }

    /** Messages the process waits for. */
    public static final class Messages {
        public static final String APPLICATION_COMPLETED = "ApplicationCompleted";
        public static final String APPLICATION_WITHDRAWN = "ApplicationWithdrawn";

        private Messages() {
        }
    }
}
