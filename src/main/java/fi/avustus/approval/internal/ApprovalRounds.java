package fi.avustus.approval.internal;

import fi.avustus.approval.ApprovalOutcome;
import fi.avustus.approval.ApprovalRoundClosed;
import fi.avustus.approval.DecidedBy;
import fi.avustus.approval.RoundStatus;
import fi.avustus.approval.SteeringGroupApprovalProcess.EscalationAction;
import fi.avustus.approval.Tally;
import fi.avustus.approval.VoteChoice;
import fi.avustus.approval.VoteReminderDue;
import fi.avustus.organisation.DecisionRule;
import fi.avustus.organisation.SteeringGroupSummary;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Time;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The life of a round: opened by the process, votes recorded, the decision rule applied, the
 * chair's steps, closed with its outcome. The bean name is used by the model's completion
 * condition ({@link #settled(long)}); everything else is called by the process steps and facades,
 * which check who may act.
 */
@Component("approvalRounds")
public class ApprovalRounds {

    private static final List<RoundStatus> OPEN_STATUSES = List.of(RoundStatus.OPEN, RoundStatus.AWAITING_CHAIR);

    private final ApprovalRoundRepository rounds;
    private final VoteRepository votes;
    private final GroupDirectory groups;
    private final MeetingAgendas agendas;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration reminderBefore;

    ApprovalRounds(ApprovalRoundRepository rounds, VoteRepository votes, GroupDirectory groups, MeetingAgendas agendas,
                   ApplicationEventPublisher events, Clock clock,
                   @Value("${avustus.approval.reminder-before:P3D}") Duration reminderBefore) {
        this.rounds = rounds;
        this.votes = votes;
        this.groups = groups;
        this.agendas = agendas;
        this.events = events;
        this.clock = clock;
        this.reminderBefore = reminderBefore;
    }

    /** Completion condition of the multi-instance vote: the missing votes could no longer change the outcome. */
    public boolean settled(long roundId) {
        return !tally(require(roundId)).result().canStillChange();
    }

    public ApprovalRound require(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new DomainException("approval.round.unknown"));
    }

    public ApprovalRound open(NewRound request) {
        SteeringGroupSummary group = groups.require(request.steeringGroupId());
        if (group.archived()) {
            throw new DomainException("approval.group.archived");
        }
        if (!request.deadline().isAfter(clock.instant())) {
            throw new DomainException("approval.deadline.past");
        }
        if (rounds.existsByDocumentTypeAndDocumentVersionIdAndStatusNot(request.documentType(),
                request.documentVersionId(), RoundStatus.CLOSED)) {
            throw new DomainException("approval.round.alreadyOpen");
        }
        ApprovalRound round = rounds.saveAndFlush(new ApprovalRound(request.documentType(), request.documentId(),
                request.documentVersionId(), group.id(), request.submittedBy(), request.deadline(),
                request.processInstanceId(), clock.instant(), groups.voters(group)));
        agendas.addToNextMeeting(round);
        return round;
    }

    /** The tally by the group's current rule. */
    public Tally tally(ApprovalRound round) {
        return tally(round, groups.require(round.getSteeringGroupId()).decisionRule(), votes.findByRoundIdOrderByCastAt(round.getId()));
    }

    /**
     * Members with a conflict of interest are out of the count; so are members removed from the
     * group before they voted. A vote cast while still a member stands.
     */
    public static Tally tally(ApprovalRound round, DecisionRule rule, List<Vote> cast) {
        Map<Long, VoteChoice> choices = cast.stream().collect(Collectors.toMap(Vote::getUserId, Vote::getChoice));
        int eligible = 0;
        int approve = 0;
        int changes = 0;
        int abstain = 0;
        for (RoundVoter voter : round.getVoters()) {
            VoteChoice choice = choices.get(voter.getUserId());
            if (choice == VoteChoice.CONFLICT_OF_INTEREST || (choice == null && voter.isRemoved())) {
                continue;
            }
            eligible++;
            if (choice == VoteChoice.APPROVE) {
                approve++;
            } else if (choice == VoteChoice.REQUEST_CHANGES) {
                changes++;
            } else if (choice == VoteChoice.ABSTAIN) {
                abstain++;
            }
        }
        DecisionRule.Votes counted = new DecisionRule.Votes(approve, changes, abstain);
        DecisionRule.Result result = rule.evaluate(eligible, counted);
        return new Tally(eligible, counted, eligible - counted.cast(), result.outcome() != DecisionRule.Outcome.NO_QUORUM,
                result);
    }

    /** Members still expected to vote: on the list, not removed, no vote yet. */
    public List<RoundVoter> stillToVote(ApprovalRound round) {
        Set<Long> voted = votes.findByRoundIdOrderByCastAt(round.getId()).stream().map(Vote::getUserId)
                .collect(Collectors.toSet());
        return round.getVoters().stream().filter(voter -> !voter.isRemoved() && !voted.contains(voter.getUserId())).toList();
    }

    public Vote record(ApprovalRound round, RoundVoter voter, VoteChoice choice, String comment) {
        if (votes.existsByRoundIdAndUserId(round.getId(), voter.getUserId())) {
            throw new DomainException("approval.vote.already");
        }
        try {
            return votes.saveAndFlush(new Vote(round.getId(), voter, choice, comment, clock.instant()));
        } catch (DataIntegrityViolationException raced) {
            // Two submissions of the same vote at once: the database's unique key decides.
            throw new DomainException("approval.vote.already");
        }
    }

    public boolean hasVoted(ApprovalRound round, long userId) {
        return votes.existsByRoundIdAndUserId(round.getId(), userId);
    }

    /**
     * The reminder goes out this long before the deadline. When that moment has already passed
     * the round is too short for a reminder: the time is put after the deadline, whose
     * interrupting timer always fires first and removes the reminder's.
     */
    public Instant reminderAt(Instant deadline) {
        Instant reminder = deadline.minus(reminderBefore);
        return reminder.isAfter(clock.instant()) ? reminder : deadline.plus(Duration.ofDays(1));
    }

    public void remind(ApprovalRound round) {
        List<String> usernames = stillToVote(round).stream().map(RoundVoter::getUsername).toList();
        if (!usernames.isEmpty()) {
            events.publishEvent(new VoteReminderDue(round.getId(), round.getDocumentType(), round.getDocumentId(),
                    round.getDocumentVersionId(), usernames, round.getDeadline()));
        }
    }

    /** Applies the rule when voting ends; a tie or a missing quorum goes to the chair in force today. */
    public Evaluation evaluate(ApprovalRound round) {
        SteeringGroupSummary group = groups.require(round.getSteeringGroupId());
        DecisionRule.Outcome outcome = tally(round, group.decisionRule(), votes.findByRoundIdOrderByCastAt(round.getId()))
                .result().outcome();
        if (outcome == DecisionRule.Outcome.APPROVED || outcome == DecisionRule.Outcome.CHANGES_REQUESTED) {
            return new Evaluation(outcome, null);
        }
        String chair = groups.chair(group, LocalDate.now(clock.withZone(Time.HELSINKI))).orElse(null);
        round.awaitChair(chair);
        return new Evaluation(outcome, chair);
    }

    public void reopen(ApprovalRound round, Instant deadline, String comment) {
        round.reopen(deadline, comment);
    }

    /** Gives the round its outcome from the rule's result and, where the chair acted, the chair's step. */
    public ApprovalOutcome close(ApprovalRound round, DecisionRule.Outcome ruleOutcome, EscalationAction action,
                                 ApprovalOutcome chairDecision, String chairComment) {
        ApprovalOutcome outcome;
        DecidedBy decidedBy;
        switch (ruleOutcome) {
            case APPROVED -> {
                outcome = ApprovalOutcome.APPROVED;
                decidedBy = DecidedBy.VOTES;
            }
            case CHANGES_REQUESTED -> {
                outcome = ApprovalOutcome.CHANGES_REQUESTED;
                decidedBy = DecidedBy.VOTES;
            }
            case TIE_FOR_CHAIR -> {
                outcome = requireDecision(chairDecision);
                decidedBy = DecidedBy.CHAIR_TIE_BREAK;
            }
            default -> {
                if (action == EscalationAction.DECIDE) {
                    outcome = requireDecision(chairDecision);
                    decidedBy = DecidedBy.CHAIR_AUTHORITY;
                } else {
                    outcome = ApprovalOutcome.SENT_BACK;
                    decidedBy = DecidedBy.CHAIR_SENT_BACK;
                }
            }
        }
        round.close(outcome, decidedBy, decidedBy == DecidedBy.VOTES ? null : chairComment, clock.instant());
        rounds.saveAndFlush(round);
        events.publishEvent(new ApprovalRoundClosed(round.getId(), round.getDocumentType(), round.getDocumentId(),
                round.getDocumentVersionId(), outcome));
        return outcome;
    }

    private static ApprovalOutcome requireDecision(ApprovalOutcome decision) {
        if (decision != ApprovalOutcome.APPROVED && decision != ApprovalOutcome.CHANGES_REQUESTED) {
            throw new DomainException("approval.chair.decisionRequired");
        }
        return decision;
    }

    public List<ApprovalRound> openRoundsOf(long groupId) {
        return rounds.findBySteeringGroupIdAndStatusInOrderByDeadline(groupId, OPEN_STATUSES);
    }

    /** The processes of {@link #openRoundsOf}, read without loading the rounds. */
    public List<String> openRoundProcessesOf(long groupId) {
        return rounds.processInstanceIdsBySteeringGroupIdAndStatusIn(groupId, OPEN_STATUSES);
    }

    public Map<Long, ApprovalRound> byId(List<Long> ids) {
        return rounds.findAllById(ids).stream().collect(Collectors.toMap(ApprovalRound::getId, Function.identity()));
    }

    /** What a round opens with, from the calling process. */
    public record NewRound(String documentType, long documentId, long documentVersionId, long steeringGroupId,
                           Instant deadline, String submittedBy, String processInstanceId) {
    }

    /** The rule's result at the end of voting, and the chair who acts on a tie or a missing quorum. */
    public record Evaluation(DecisionRule.Outcome outcome, String chair) {
    }
}
