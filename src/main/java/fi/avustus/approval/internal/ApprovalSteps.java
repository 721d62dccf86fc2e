package fi.avustus.approval.internal;

import static fi.avustus.approval.SteeringGroupApprovalProcess.Variables.APPROVAL_OUTCOME;
import static fi.avustus.approval.SteeringGroupApprovalProcess.Variables.APPROVAL_ROUND_ID;
import static fi.avustus.approval.SteeringGroupApprovalProcess.Variables.CHAIR;
import static fi.avustus.approval.SteeringGroupApprovalProcess.Variables.CHAIR_COMMENT;
import static fi.avustus.approval.SteeringGroupApprovalProcess.Variables.CHAIR_DECISION;
import static fi.avustus.approval.SteeringGroupApprovalProcess.Variables.DOCUMENT_ID;
import static fi.avustus.approval.SteeringGroupApprovalProcess.Variables.DOCUMENT_TYPE;
import static fi.avustus.approval.SteeringGroupApprovalProcess.Variables.DOCUMENT_VERSION_ID;
import static fi.avustus.approval.SteeringGroupApprovalProcess.Variables.ESCALATION_ACTION;
import static fi.avustus.approval.SteeringGroupApprovalProcess.Variables.NEW_DEADLINE;
import static fi.avustus.approval.SteeringGroupApprovalProcess.Variables.REMINDER_AT;
import static fi.avustus.approval.SteeringGroupApprovalProcess.Variables.ROUND_DEADLINE;
import static fi.avustus.approval.SteeringGroupApprovalProcess.Variables.RULE_OUTCOME;
import static fi.avustus.approval.SteeringGroupApprovalProcess.Variables.STEERING_GROUP_ID;
import static fi.avustus.approval.SteeringGroupApprovalProcess.Variables.SUBMITTED_BY;
import static fi.avustus.approval.SteeringGroupApprovalProcess.Variables.VOTERS;

import fi.avustus.approval.ApprovalOutcome;
import fi.avustus.approval.SteeringGroupApprovalProcess.EscalationAction;
import fi.avustus.organisation.DecisionRule;
import fi.avustus.shared.DomainException;
import java.util.ArrayList;
import java.util.Date;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The automatic steps of processes/steering-group-approval.bpmn; each bean's name is the
 * delegate expression in the model. They run in the engine's transaction with the round's data.
 */
@Configuration
class ApprovalSteps {

    /** Service task "Open the round": the round with its voters; each voter gets a vote task. */
    @Bean
    JavaDelegate openApprovalRound(ApprovalRounds rounds) {
        return execution -> {
            ApprovalRound round = rounds.open(new ApprovalRounds.NewRound((String) execution.getVariable(DOCUMENT_TYPE),
                    number(execution, DOCUMENT_ID), number(execution, DOCUMENT_VERSION_ID),
                    number(execution, STEERING_GROUP_ID), date(execution, ROUND_DEADLINE).toInstant(),
                    (String) execution.getVariable(SUBMITTED_BY), execution.getProcessInstanceId()));
            execution.setVariable(APPROVAL_ROUND_ID, round.getId());
            execution.setVariable(VOTERS, usernames(rounds, round));
            execution.setVariable(REMINDER_AT, Date.from(rounds.reminderAt(round.getDeadline())));
        };
    }

    /** Non-interrupting timer "Reminder": the members who have not voted are reminded. */
    @Bean
    JavaDelegate remindApprovalVoters(ApprovalRounds rounds) {
        return execution -> rounds.remind(round(rounds, execution));
    }

    /** Service task "Apply the decision rule": the outcome, or the chair who acts on a tie or missing quorum. */
    @Bean
    JavaDelegate evaluateApprovalRound(ApprovalRounds rounds) {
        return execution -> {
            ApprovalRounds.Evaluation evaluation = rounds.evaluate(round(rounds, execution));
            execution.setVariable(RULE_OUTCOME, evaluation.outcome().name());
            execution.setVariable(CHAIR, evaluation.chair());
        };
    }

    /** Service task "Reopen the round": the chair's new deadline, for the members who have not voted. */
    @Bean
    JavaDelegate extendApprovalRound(ApprovalRounds rounds) {
        return execution -> {
            ApprovalRound round = round(rounds, execution);
            Date deadline = date(execution, NEW_DEADLINE);
            rounds.reopen(round, deadline.toInstant(), (String) execution.getVariable(CHAIR_COMMENT));
            execution.setVariable(ROUND_DEADLINE, deadline);
            execution.setVariable(VOTERS, usernames(rounds, round));
            execution.setVariable(REMINDER_AT, Date.from(rounds.reminderAt(round.getDeadline())));
        };
    }

    /** Service task "Close the round": the outcome goes back to the calling process. */
    @Bean
    JavaDelegate closeApprovalRound(ApprovalRounds rounds) {
        return execution -> {
            String action = (String) execution.getVariable(ESCALATION_ACTION);
            String decision = (String) execution.getVariable(CHAIR_DECISION);
            ApprovalOutcome outcome = rounds.close(round(rounds, execution),
                    DecisionRule.Outcome.valueOf((String) execution.getVariable(RULE_OUTCOME)),
                    action == null ? null : EscalationAction.valueOf(action),
                    decision == null ? null : ApprovalOutcome.valueOf(decision),
                    (String) execution.getVariable(CHAIR_COMMENT));
            execution.setVariable(APPROVAL_OUTCOME, outcome.name());
        };
    }

    /**
     * Task listener (complete) on "Vote": a vote task ends only with the member's recorded vote or
     * their removal from the group, whoever completes it, so no vote is lost or invented.
     */
    @Bean
    TaskListener recordApprovalVote(ApprovalRounds rounds) {
        return task -> {
            ApprovalRound round = round(rounds, task);
            RoundVoter voter = round.voter(task.getAssignee()).orElseThrow(() -> new DomainException("approval.vote.notMember"));
            if (!voter.isRemoved() && !rounds.hasVoted(round, voter.getUserId())) {
                throw new DomainException("approval.vote.missing");
            }
        };
    }

    private static ArrayList<String> usernames(ApprovalRounds rounds, ApprovalRound round) {
        // A serializable list the engine stores as the multi-instance collection.
        return new ArrayList<>(rounds.stillToVote(round).stream().map(RoundVoter::getUsername).toList());
    }

    private static ApprovalRound round(ApprovalRounds rounds, VariableScope scope) {
        return rounds.require(number(scope, APPROVAL_ROUND_ID));
    }

    private static long number(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("Process variable " + name + " is missing or not a number: " + value);
        }
        return number.longValue();
    }

    private static Date date(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (!(value instanceof Date date)) {
            throw new IllegalStateException("Process variable " + name + " is missing or not a date: " + value);
        }
        return date;
    }
}
