package fi.avustus.approval.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fi.avustus.approval.CastVote;
import fi.avustus.approval.RoundView;
import fi.avustus.approval.Tally;

/**
 * One round as the current user may see it: status or outcome, deadline, the count and whether
 * it makes a quorum, the votes with comments (when visible), who has not voted (for the chair),
 * and the chair's reasoning.
 */
class RoundCard extends Composite<Div> {

    RoundCard(RoundView view, boolean withDocumentLink) {
        Div card = getContent();
        card.addClassName("approval-round");
        card.add(new H4(view.round().closed()
                ? getTranslation("approval.round.closedWith", Texts.of(this, "approval.outcome", view.round().outcome()),
                        Texts.of(this, "approval.decidedBy", view.round().decidedBy()))
                : Texts.of(this, "approval.status", view.round().status())));
        if (withDocumentLink && view.documentRoute() != null) {
            card.add(new Anchor(view.documentRoute(), view.documentTitle()));
        } else {
            card.add(new Paragraph(view.documentTitle()));
        }
        card.add(new Paragraph(getTranslation("approval.round.group", view.groupName())));
        card.add(new Paragraph(getTranslation("approval.round.deadline", Texts.time(view.deadline()))));
        Tally tally = view.tally();
        Span count = new Span(getTranslation("approval.tally.summary", tally.votes().approve(), tally.votes().changes(),
                tally.votes().abstain(), tally.eligible()));
        count.addClassName("approval-tally");
        Span quorum = new Span(getTranslation(tally.quorumMet() ? "approval.tally.quorum" : "approval.tally.noQuorum"));
        quorum.addClassName("status-badge");
        quorum.setId("quorum-" + view.round().id());
        card.add(new Div(count, new Span(" "), quorum));
        if (view.myVote() != null) {
            card.add(new Paragraph(getTranslation("approval.round.myVote",
                    Texts.of(this, "approval.choice", view.myVote().choice()))));
        }
        if (view.votesVisible()) {
            card.add(votes(view));
        } else {
            Paragraph hidden = new Paragraph(getTranslation("approval.votes.hidden"));
            hidden.setId("votes-hidden-" + view.round().id());
            card.add(hidden);
        }
        if (!view.notVotedYet().isEmpty()) {
            Paragraph missing = new Paragraph(getTranslation("approval.round.notVoted", String.join(", ", view.notVotedYet())));
            missing.setId("not-voted-" + view.round().id());
            card.add(missing);
        }
        if (view.chairComment() != null) {
            card.add(new Paragraph(getTranslation("approval.round.chairComment", view.chairComment())));
        }
    }

    private Grid<CastVote> votes(RoundView view) {
        Grid<CastVote> grid = new Grid<>(CastVote.class, false);
        grid.setId("votes-" + view.round().id());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(CastVote::personName).setHeader(getTranslation("approval.vote.member")).setAutoWidth(true);
        grid.addColumn(vote -> Texts.of(this, "approval.choice", vote.choice())).setHeader(getTranslation("approval.vote.choice"))
                .setAutoWidth(true);
        grid.addColumn(vote -> vote.comment() == null ? "" : vote.comment()).setHeader(getTranslation("approval.vote.comment"))
                .setFlexGrow(1);
        grid.addColumn(vote -> Texts.time(vote.castAt())).setHeader(getTranslation("approval.vote.castAt")).setAutoWidth(true);
        grid.setItems(view.votes());
        return grid;
    }
}
