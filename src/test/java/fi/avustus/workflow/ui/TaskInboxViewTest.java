package fi.avustus.workflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import fi.avustus.application.ApplicationFixtures;
import fi.avustus.application.Applications;
import fi.avustus.application.process.GrantApplicationProcess;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.Programmes;
import fi.avustus.ui.UiTest;
import fi.avustus.workflow.CallChoice;
import fi.avustus.workflow.InboxTask;
import fi.avustus.workflow.TaskType;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
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
        long id = ApplicationFixtures.submitted(users, applications, call.id());

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

    @Test
    @SuppressWarnings("unchecked")
    void theCallAndTaskTypeFiltersNarrowTheList() {
        CallSummary call = ApplicationFixtures.openCall(users, programmes, calls, organisations, clock);
        CallSummary other = ApplicationFixtures.openCall(users, programmes, calls, organisations, clock);
        long ofCall = ApplicationFixtures.submitted(users, applications, call.id());
        long ofOther = ApplicationFixtures.submitted(users, applications, other.id());

        login("virkailija");
        UI.getCurrent().navigate(TaskInboxView.class);
        Grid<InboxTask> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
        assertThat(caseIds(grid)).contains(String.valueOf(ofCall), String.valueOf(ofOther));

        ComboBox<CallChoice> callFilter = _get(ComboBox.class, spec -> spec.withId("call-filter"));
        CallChoice choice = callFilter.getListDataView().getItems().filter(item -> item.id() == call.id()).findFirst().orElseThrow();
        assertThat(choice.label()).isEqualTo(call.id() + " – " + call.title().fi());
        _setValue(callFilter, choice);
        assertThat(caseIds(grid)).containsExactly(String.valueOf(ofCall));
        assertThat(GridKt._getFormattedRow(grid, 0).get(2)).isEqualTo(choice.label());

        MultiSelectComboBox<TaskType> typeFilter = _get(MultiSelectComboBox.class, spec -> spec.withId("type-filter"));
        assertThat(typeFilter.getListDataView().getItems().map(type -> typeFilter.getItemLabelGenerator().apply(type)))
                .contains("Tarkista hakemuksen täydellisyys", "Esitä päätös");
        _setValue(typeFilter, Set.of(new TaskType(GrantApplicationProcess.KEY, GrantApplicationProcess.Elements.PROPOSE_DECISION)));
        assertThat(GridKt._size(grid)).isZero();
        _setValue(typeFilter, Set.of(new TaskType(GrantApplicationProcess.KEY, GrantApplicationProcess.Elements.CHECK_COMPLETENESS)));
        assertThat(caseIds(grid)).containsExactly(String.valueOf(ofCall));
        _setValue(callFilter, null);
        assertThat(caseIds(grid)).contains(String.valueOf(ofCall), String.valueOf(ofOther));
    }

    private static List<String> caseIds(Grid<InboxTask> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._get(grid, row).caseId()).toList();
    }

    /** The row of the application's task: a project's reporting task may have the same number as its case. */
    private static int rowOf(Grid<InboxTask> grid, String caseId) {
        for (int row = 0; row < GridKt._size(grid); row++) {
            InboxTask task = GridKt._get(grid, row);
            if (caseId.equals(task.caseId()) && GrantApplicationProcess.KEY.equals(task.processKey())) {
                return row;
            }
        }
        throw new AssertionError("no task for case " + caseId);
    }
}
