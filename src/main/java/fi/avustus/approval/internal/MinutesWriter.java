package fi.avustus.approval.internal;

import fi.avustus.approval.Tally;
import fi.avustus.organisation.SteeringGroupMember;
import fi.avustus.organisation.SteeringGroupSummary;
import fi.avustus.shared.Time;
import fi.avustus.ui.ModularTranslations;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Writes a meeting's minutes in the group's language: the members, then each agenda item with
 * the votes, the count and the outcome (or that it is still in progress). The texts are the
 * approval module's translations, so the minutes speak the same words as the screens.
 */
@Component
public class MinutesWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H.mm");

    private final ApprovalRounds rounds;
    private final VoteRepository votes;
    private final Documents documents;
    private final ModularTranslations translations;

    MinutesWriter(ApprovalRounds rounds, VoteRepository votes, Documents documents,
                  ModularTranslations translations) {
        this.rounds = rounds;
        this.votes = votes;
        this.documents = documents;
        this.translations = translations;
    }

    public byte[] pdf(Meeting meeting, SteeringGroupSummary group) {
        Locale locale = Locale.forLanguageTag(group.language());
        XhtmlPage page = new XhtmlPage(text(locale, "approval.minutes.title", group.name(locale)), group.language());
        var at = meeting.getMeetingAt().atZone(Time.HELSINKI);
        page.heading(1, text(locale, "approval.minutes.title", group.name(locale)));
        page.fields(List.of(
                Map.entry(text(locale, "approval.minutes.time"), DATE.format(at) + " " + TIME.format(at)),
                Map.entry(text(locale, "approval.minutes.place"), Optional.ofNullable(meeting.getPlace()).orElse("–"))));
        page.heading(2, text(locale, "approval.minutes.members"));
        Optional<SteeringGroupMember> chair = group.chairOn(at.toLocalDate());
        page.list(group.members().stream().map(member -> chair.filter(member::equals).isPresent()
                ? text(locale, "approval.minutes.chair", member.personName()) : member.personName()).toList());
        Map<Long, ApprovalRound> byId = rounds.byId(meeting.getRoundIds());
        int number = 1;
        for (Long roundId : meeting.getRoundIds()) {
            item(page, locale, number++, byId.get(roundId), group);
        }
        if (meeting.getRoundIds().isEmpty()) {
            page.paragraph(text(locale, "approval.minutes.noItems"));
        }
        return page.pdf();
    }

    private void item(XhtmlPage page, Locale locale, int number, ApprovalRound round, SteeringGroupSummary group) {
        page.heading(2, text(locale, "approval.minutes.item", number,
                documents.title(round.getDocumentType(), round.getDocumentVersionId(), locale)));
        List<Vote> cast = votes.findByRoundIdOrderByCastAt(round.getId());
        if (cast.isEmpty()) {
            page.paragraph(text(locale, "approval.minutes.noVotes"));
        } else {
            page.table(List.of(text(locale, "approval.vote.member"), text(locale, "approval.vote.choice"),
                            text(locale, "approval.vote.comment")),
                    cast.stream().map(vote -> List.of(vote.view().personName(),
                            text(locale, "approval.choice." + vote.getChoice()),
                            Optional.ofNullable(vote.view().comment()).orElse(""))).toList());
        }
        Tally tally = ApprovalRounds.tally(round, group.decisionRule(), cast);
        page.paragraph(text(locale, "approval.tally.summary", tally.votes().approve(), tally.votes().changes(),
                tally.votes().abstain(), tally.eligible()));
        List<String> removed = round.getVoters().stream().filter(RoundVoter::isRemoved).map(RoundVoter::getPersonName).toList();
        if (!removed.isEmpty()) {
            page.paragraph(text(locale, "approval.minutes.removed", String.join(", ", removed)));
        }
        if (round.getOutcome() == null) {
            page.paragraph(text(locale, "approval.minutes.inProgress",
                    DATE.format(round.getDeadline().atZone(Time.HELSINKI).toLocalDate())));
        } else {
            page.strong(text(locale, "approval.minutes.outcome", text(locale, "approval.outcome." + round.getOutcome()),
                    text(locale, "approval.decidedBy." + round.getDecidedBy())));
        }
        if (round.getChairComment() != null) {
            page.paragraph(text(locale, "approval.minutes.chairComment", round.getChairComment()));
        }
    }

    private String text(Locale locale, String key, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }
}
