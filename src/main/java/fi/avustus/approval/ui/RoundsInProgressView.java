package fi.avustus.approval.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.avustus.approval.Approvals;
import fi.avustus.approval.GroupChoice;
import fi.avustus.approval.RoundView;
import fi.avustus.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The chair's view of the group's rounds in progress: each with its quorum status and who has
 * not voted yet. Staff see every group's.
 */
@Route("approvals/rounds")
@Menu(title = "menu.approvalRounds", order = 7)
@RolesAllowed({Roles.STEERING_GROUP, Roles.ADMIN, Roles.OFFICIAL, Roles.DECISION_MAKER})
public class RoundsInProgressView extends VerticalLayout implements HasDynamicTitle {

    private final transient Approvals approvals;
    private final Div rounds = new Div();

    public RoundsInProgressView(Approvals approvals) {
        this.approvals = approvals;
        rounds.setId("rounds-in-progress");
        rounds.setWidthFull();
        add(new H2(getTranslation("approval.rounds.title")));
        List<GroupChoice> groups = approvals.chairedGroups();
        if (groups.isEmpty()) {
            add(new Paragraph(getTranslation("approval.rounds.notChair")));
            return;
        }
        add(new GroupChooser(groups, this::show), rounds);
    }

    private void show(long groupId) {
        rounds.removeAll();
        List<RoundView> inProgress = approvals.roundsInProgress(groupId, getLocale());
        if (inProgress.isEmpty()) {
            rounds.add(new Paragraph(getTranslation("approval.rounds.none")));
        }
        inProgress.forEach(view -> rounds.add(new RoundCard(view, true)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approval.rounds.title") + " – " + getTranslation("app.title");
    }
}
