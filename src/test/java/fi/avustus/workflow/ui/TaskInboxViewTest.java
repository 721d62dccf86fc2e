package fi.avustus.workflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import fi.avustus.application.ApplicationFixtures;
import fi.avustus.application.Applications;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.Programmes;
import fi.avustus.ui.UiTest;
import fi.avustus.workflow.InboxTask;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

class TaskInboxViewTest extends UiTest {

    @Autowired Applications applications;
    @Autowired UserDetailsService users;
    @Autowired Programmes programmes;
    @Autowired Calls calls;
    @Autowired Organisations organisations;
    @Autowired Clock clock;

    @Test
    void officialSeesTheCheckTaskByNameAndClaimsIt() {
        CallSummary call = ApplicationFixtures.openCall(users, programmes, calls, organisations, clock);
        actAs(users, "hakija");
        long id = applications.startDraft(call.id(), applications.eligibleOrganisations(call.id()).get(0).id());
        applications.saveDraft(id, ApplicationFixtures.completeForm(applications.find(id).orElseThrow().content().getVersion()));
        applications.submit(id);

        login("virkailija");
        UI.getCurrent().navigate(TaskInboxView.class);
        @SuppressWarnings("unchecked")
        Grid<InboxTask> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
        int row = rowOf(grid, String.valueOf(id));
        assertThat(GridKt._getFormattedRow(grid, row).get(0)).isEqualTo("Tarkista hakemuksen täydellisyys");
        assertThat(GridKt._get(grid, row).mine()).isFalse();

        _click((Button) GridKt._getCellComponent(grid, row, "actions").getChildren().findFirst().orElseThrow());
        assertThat(GridKt._get(grid, rowOf(grid, String.valueOf(id))).mine()).isTrue();
    }

    private static int rowOf(Grid<InboxTask> grid, String caseId) {
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (caseId.equals(GridKt._get(grid, row).caseId())) {
                return row;
            }
        }
        throw new AssertionError("no task for case " + caseId);
    }
}
