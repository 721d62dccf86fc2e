package fi.avustus.approval.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.avustus.approval.Approvals;
import fi.avustus.approval.ChairTask;
import fi.avustus.approval.OpenVote;
import fi.avustus.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The member's approvals inbox: what waits for my vote and by when, and my tasks as chair. */
@Route("approvals")
@Menu(title = "menu.approvals", order = 6)
@RolesAllowed(Roles.STEERING_GROUP)
public class MyVotesView extends VerticalLayout implements HasDynamicTitle {

    public MyVotesView(Approvals approvals) {
        add(new H2(getTranslation("approval.inbox.title")));
        List<OpenVote> votes = approvals.myOpenVotes(getLocale());
        if (votes.isEmpty()) {
            add(new Paragraph(getTranslation("approval.inbox.none")));
        } else {
            add(votesGrid(votes));
        }
        List<ChairTask> chairTasks = approvals.myChairTasks(getLocale());
        if (!chairTasks.isEmpty()) {
            add(new H3(getTranslation("approval.inbox.chair")), chairGrid(chairTasks));
        }
    }

    private Grid<OpenVote> votesGrid(List<OpenVote> votes) {
        Grid<OpenVote> grid = new Grid<>(OpenVote.class, false);
        grid.setId("open-votes");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(OpenVote::documentTitle).setHeader(getTranslation("approval.inbox.document")).setFlexGrow(2);
        grid.addColumn(OpenVote::groupName).setHeader(getTranslation("approval.inbox.group")).setFlexGrow(1);
        grid.addColumn(vote -> Texts.time(vote.deadline())).setHeader(getTranslation("approval.inbox.deadline"))
                .setAutoWidth(true);
        grid.addComponentColumn(vote -> open(VoteView.ROUTE_PREFIX + vote.taskId(), "approval.inbox.vote"))
                .setHeader(getTranslation("approval.inbox.actions")).setAutoWidth(true);
        grid.setItems(votes);
        return grid;
    }

    private Grid<ChairTask> chairGrid(List<ChairTask> tasks) {
        Grid<ChairTask> grid = new Grid<>(ChairTask.class, false);
        grid.setId("chair-tasks");
        grid.setAllRowsVisible(true);
        grid.addColumn(task -> getTranslation("task.steering-group-approval." + task.element()))
                .setHeader(getTranslation("approval.inbox.task")).setAutoWidth(true);
        grid.addColumn(ChairTask::documentTitle).setHeader(getTranslation("approval.inbox.document")).setFlexGrow(2);
        grid.addColumn(ChairTask::groupName).setHeader(getTranslation("approval.inbox.group")).setFlexGrow(1);
        grid.addComponentColumn(task -> open(ChairTaskView.ROUTE_PREFIX + task.taskId(), "approval.inbox.open"))
                .setHeader(getTranslation("approval.inbox.actions")).setAutoWidth(true);
        grid.setItems(tasks);
        return grid;
    }

    private Button open(String route, String labelKey) {
        Button open = new Button(getTranslation(labelKey), click -> getUI().ifPresent(ui -> ui.navigate(route)));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        return open;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approval.inbox.title") + " – " + getTranslation("app.title");
    }
}
