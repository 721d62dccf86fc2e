package fi.avustus.approval.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import fi.avustus.approval.Approvals;
import fi.avustus.approval.RoundSummary;
import fi.avustus.approval.RoundView;
import java.util.List;

/**
 * The steering group's approval rounds of a document, for the document's page: the latest round
 * open, earlier ones folded; votes so far and comments as the current user may see them (secret
 * until the member has voted, if the group says so), and each round's outcome.
 * Usage: {@code new RoundPanel(approvals, "ACTION_PLAN", actionPlanId)}.
 */
public class RoundPanel extends Composite<Div> {

    public RoundPanel(Approvals approvals, String documentType, long documentId) {
        Div panel = getContent();
        panel.setId("approval-rounds");
        panel.add(new H3(getTranslation("approval.panel.title")));
        List<RoundSummary> rounds = approvals.roundsOf(documentType, documentId);
        if (rounds.isEmpty()) {
            panel.add(new Paragraph(getTranslation("approval.panel.none")));
            return;
        }
        for (int i = 0; i < rounds.size(); i++) {
            RoundView view = approvals.view(rounds.get(i).id(), getLocale());
            Details round = new Details(getTranslation("approval.panel.round", rounds.size() - i,
                    Texts.time(view.round().openedAt())), new RoundCard(view, false));
            round.setOpened(i == 0);
            panel.add(round);
        }
    }
}
