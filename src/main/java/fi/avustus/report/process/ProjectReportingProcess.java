package fi.avustus.report.process;

import fi.avustus.workflow.TaskInbox;

/**
 * The project-reporting process (processes/project-reporting.bpmn): its key, element ids,
 * variables, delegate beans and messages. Nothing outside this class spells them out.
 */
public final class ProjectReportingProcess {

    public static final String KEY = "project-reporting";

    private ProjectReportingProcess() {
    }

    /** BPMN element ids. */
    public static final class Elements {
        public static final String PROJECT_FUNDED = "projectFunded";
        public static final String APPROVE_FIRST_INSTALMENT = "approveFirstInstalment";
        public static final String REPORTING = "reporting";
        public static final String AWAIT_REPORT = "awaitReport";
        public static final String SUBMIT_REPORT = "submitReport";
        public static final String REMINDER_DUE = "reminderDue";
        public static final String OVERDUE = "overdue";
        public static final String REVIEW_REPORT = "reviewReport";
        public static final String APPROVE_INSTALMENT = "approveInstalment";
        public static final String CHECK_CONTENT = "checkContent";
        public static final String CHECK_FINANCES = "checkFinances";
        public static final String AWAIT_AUDIT = "awaitAudit";
        public static final String AWAIT_RECOVERY = "awaitRecovery";
        public static final String APPROVE_FINAL_INSTALMENT = "approveFinalInstalment";
        public static final String PROJECT_CLOSED = "projectClosed";

        private Elements() {
        }
    }

    /** Process variables: ids, flags and dates; the case data lives in the reports' and payments' tables. */
    public static final class Variables {
        public static final String PROJECT_ID = "projectId";
        public static final String CALL_ID = TaskInbox.CALL_ID;
        public static final String ORGANISATION_ID = TaskInbox.ORGANISATION_ID;
        public static final String REPORTS = "reports";
        public static final String REPORT_ID = "reportId";
        public static final String FINAL_REPORT = "finalReport";
        public static final String REPORT_DUE_AT = "reportDueAt";
        public static final String NEXT_REMINDER_AT = "nextReminderAt";
        public static final String ESCALATION_AT = "escalationAt";
        public static final String REPORT_ACCEPTED = "reportAccepted";
        public static final String CONTENT_PASSED = "contentPassed";
        public static final String FINANCES_PASSED = "financesPassed";
        public static final String RETURN_COMMENT = "returnComment";
        public static final String CONTENT_COMMENT = "contentComment";
        public static final String FINANCES_COMMENT = "financesComment";
        public static final String RETURN_DUE = "returnDue";
        public static final String INSTALMENT_ID = "instalmentId";
        public static final String AUDIT_PENDING = "auditPending";
        public static final String RECLAIMED = "reclaimed";

        private Variables() {
        }
    }

    /** The delegate beans the model names. */
    public static final class Beans {
        public static final String SCHEDULE_REPORTS = "scheduleReports";
        public static final String SCHEDULE_REPORT = "scheduleReport";
        public static final String REMIND_APPLICANT = "remindApplicant";
        public static final String ESCALATE_OVERDUE = "escalateOverdue";
        public static final String ACCEPT_REPORT = "acceptReport";
        public static final String RETURN_REPORT = "returnReport";
        public static final String ACCEPT_FINAL_REPORT = "acceptFinalReport";
        public static final String SETTLE_FUNDS = "settleFunds";
        public static final String CLOSE_PROJECT = "closeProject";

        private Beans() {
        }
    }

    /** Messages the process waits for. */
    public static final class Messages {
        public static final String RECOVERY_SETTLED = "RecoverySettled";

        private Messages() {
        }
    }
}
