package fi.avustus.approval.internal;

import fi.avustus.approval.ApprovableDocument;
import fi.avustus.approval.CastVote;
import fi.avustus.approval.RoundStatus;
import fi.avustus.approval.RoundView;
import fi.avustus.approval.Tally;
import fi.avustus.organisation.SteeringGroupSummary;
import fi.avustus.security.UserSummary;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Builds what the current user may see of a round. Votes: once the round is closed, everyone who
 * may see the round; while it runs, members only, and where the group keeps votes secret, only
 * members who have voted (or declared a conflict). Staff follow the count, not the choices,
 * until the round closes. Who has not voted yet is for the chair and staff.
 */
@Component
public class RoundViews {

    private final ApprovalRounds rounds;
    private final VoteRepository votes;
    private final GroupDirectory groups;
    private final Documents documents;
    private final RoundAccess access;

    RoundViews(ApprovalRounds rounds, VoteRepository votes, GroupDirectory groups, Documents documents, RoundAccess access) {
        this.rounds = rounds;
        this.votes = votes;
        this.groups = groups;
        this.documents = documents;
        this.access = access;
    }

    /** Whether the current user may see the round at all. */
    public boolean canSee(ApprovalRound round, SteeringGroupSummary group, Optional<ApprovableDocument> document) {
        return access.isStaff() || access.isMember(group) || access.readsNetworkDocuments(document);
    }

    public Optional<RoundView> view(ApprovalRound round, Locale locale) {
        SteeringGroupSummary group = groups.require(round.getSteeringGroupId());
        Optional<ApprovableDocument> document = documents.find(round.getDocumentType(), round.getDocumentVersionId(), locale);
        if (!canSee(round, group, document)) {
            return Optional.empty();
        }
        List<Vote> cast = votes.findByRoundIdOrderByCastAt(round.getId());
        Tally tally = ApprovalRounds.tally(round, group.decisionRule(), cast);
        boolean member = access.isMember(group);
        Optional<UserSummary> me = access.me();
        Optional<Vote> mine = me.flatMap(user -> cast.stream().filter(vote -> vote.getUserId() == user.id()).findFirst());
        boolean closed = round.getStatus() == RoundStatus.CLOSED;
        boolean votesVisible = closed || (member && (!group.decisionRule().votesSecretUntilVoted() || mine.isPresent()));
        boolean followsVoting = !closed && (access.isStaff() || access.isChair(group));
        List<String> notVoted = followsVoting
                ? rounds.stillToVote(round).stream().map(RoundVoter::getPersonName).toList() : List.of();
        List<CastVote> shown = votesVisible ? cast.stream().map(Vote::view).toList() : List.of();
        return Optional.of(new RoundView(round.summary(), document.map(ApprovableDocument::title)
                .orElse(documents.title(round.getDocumentType(), round.getDocumentVersionId(), locale)),
                document.map(ApprovableDocument::route).orElse(null), group.name(locale), tally, votesVisible, shown,
                mine.map(Vote::view).orElse(null), notVoted, round.getChairComment(),
                group.decisionRule().chairMayDecideWithoutQuorum()));
    }
}
