package fi.avustus.approval;

/**
 * The steering-group approval process (processes/steering-group-approval.bpmn), called by the
 * documents' own processes as a call activity: its key, element ids and variables. Nothing
 * outside this class spells them out.
 *
 * <p>The caller passes {@link Variables#DOCUMENT_TYPE}, {@link Variables#DOCUMENT_ID},
 * {@link Variables#DOCUMENT_VERSION_ID}, {@link Variables#STEERING_GROUP_ID},
 * {@link Variables#ROUND_DEADLINE} (a {@link java.util.Date}) and {@link Variables#SUBMITTED_BY} in,
 * and reads {@link Variables#APPROVAL_OUTCOME} (an {@link ApprovalOutcome} name) and
 * {@link Variables#APPROVAL_ROUND_ID} out.
 */
public final class SteeringGroupApprovalProcess {

    public static final String KEY = "steering-group-approval";

    private SteeringGroupApprovalProcess() {
    }

    /** BPMN element ids. */
    public static final class Elements {
        public static final String APPROVAL_REQUESTED = "approvalRequested";
        public static final String OPEN_ROUND = "openRound";
        /** The members' multi-instance vote task. */
        public static final String VOTE = "vote";
        /** Non-interrupting timer on the votes: remind who has not voted. */
        public static final String REMINDER_DUE = "reminderDue";
        public static final String REMIND_VOTERS = "remindVoters";
        /** Interrupting timer on the votes at the round's deadline. */
        public static final String DEADLINE_PASSED = "deadlinePassed";
        public static final String EVALUATE_ROUND = "evaluateRound";
        /** The chair's casting vote on a tie. */
        public static final String BREAK_TIE = "breakTie";
        /** The chair's task when the deadline passed without a quorum. */
        public static final String RESOLVE_NO_QUORUM = "resolveNoQuorum";
        public static final String EXTEND_ROUND = "extendRound";
        public static final String CLOSE_ROUND = "closeRound";
        public static final String ROUND_CLOSED = "roundClosed";

        private Elements() {
        }
    }

    /** Process variables: ids and primitives only; the round and its votes live in the approval tables. */
    public static final class Variables {
        // In, from the calling process.
        public static final String DOCUMENT_TYPE = "documentType";
        public static final String DOCUMENT_ID = "documentId";
        public static final String DOCUMENT_VERSION_ID = "documentVersionId";
        public static final String STEERING_GROUP_ID = "steeringGroupId";
        public static final String ROUND_DEADLINE = "roundDeadline";
        public static final String SUBMITTED_BY = "submittedBy";
        // Out, to the calling process.
        public static final String APPROVAL_OUTCOME = "approvalOutcome";
        public static final String APPROVAL_ROUND_ID = "approvalRoundId";
        // Inside the process.
        /** Usernames of the members who still have a vote to cast. */
        public static final String VOTERS = "voters";
        /** The element variable of one member's vote task. */
        public static final String VOTER = "voter";
        public static final String REMINDER_AT = "reminderAt";
        /** Username of the chair (or acting chair) who gets the tie-break and escalation tasks. */
        public static final String CHAIR = "chair";
        /** The decision rule's result, a {@link fi.avustus.organisation.DecisionRule.Outcome} name. */
        public static final String RULE_OUTCOME = "ruleOutcome";
        // Task forms.
        public static final String VOTE_CHOICE = "voteChoice";
        public static final String VOTE_COMMENT = "voteComment";
        /** The chair's decision on a tie or on their own authority: APPROVED or CHANGES_REQUESTED. */
        public static final String CHAIR_DECISION = "chairDecision";
        public static final String CHAIR_COMMENT = "chairComment";
        /** What the chair does about a missing quorum: an {@link EscalationAction} name. */
        public static final String ESCALATION_ACTION = "escalationAction";
        public static final String NEW_DEADLINE = "newDeadline";

        private Variables() {
        }
    }

    /** The chair's choices when the deadline passed without a quorum. */
    public enum EscalationAction {
        /** A new deadline: the round reopens for the members who have not voted. */
        EXTEND,
        /** The chair decides alone, where the group's rule allows it. */
        DECIDE,
        /** The version goes back to its owner without a decision. */
        SEND_BACK
    }
}
