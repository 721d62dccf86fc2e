package fi.avustus.application.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import fi.avustus.application.ApplicationFixtures;
import fi.avustus.application.ApplicationSummary;
import fi.avustus.application.Applications;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.Programmes;
import fi.avustus.review.Assessments;
import fi.avustus.review.ReviewFixtures;
import fi.avustus.security.Role;
import fi.avustus.ui.UiTest;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Officials see each application's assessment progress and mean score on the call's list. */
class CallApplicationsViewTest extends UiTest {

    @Autowired ApplicationContext context;
    @Autowired Applications applications;
    @Autowired Assessments assessments;
    @Autowired UserDetailsService users;
    @Autowired Programmes programmes;
    @Autowired Calls calls;
    @Autowired Organisations organisations;
    @Autowired Clock clock;

    @Test
    @SuppressWarnings("unchecked")
    void theScoreIsTheMeanOfTheSubmittedAssessmentsOnceAllAreInAndSortsTheList() {
        CallSummary call = ApplicationFixtures.openCall(users, programmes, calls, organisations, clock);
        long scored = ApplicationFixtures.submitted(users, applications, call.id());
        long halfway = ApplicationFixtures.submitted(users, applications, call.id());
        long unassigned = ApplicationFixtures.submitted(users, applications, call.id());
        ReviewFixtures fixtures = new ReviewFixtures(context);
        String first = fixtures.user(Role.OFFICIAL);
        String second = fixtures.user(Role.OFFICIAL);
        fixtures.assign(call.id(), List.of(scored, halfway), first, second);
        fixtures.assess(first, scored, 4, 5);
        fixtures.assess(second, scored, 2, 3);
        fixtures.assess(first, halfway, 5, 5);

        login("virkailija");
        UI.getCurrent().navigate("calls/" + call.id() + "/applications");
        Grid<ApplicationSummary> grid = _get(Grid.class, spec -> spec.withId("call-applications"));
        // 4.30 and 2.30: the mean 3.30; halfway's single score stays hidden until both are in.
        assertThat(rows(grid)).containsExactly(List.of(scored, "2 / 2", "3,30"), List.of(halfway, "1 / 2", ""),
                List.of(unassigned, "", ""));

        grid.sort(GridSortOrder.asc(grid.getColumnByKey("score")).build());
        assertThat(rows(grid)).extracting(row -> row.get(0)).containsExactly(halfway, unassigned, scored);
        grid.sort(GridSortOrder.desc(grid.getColumnByKey("score")).build());
        assertThat(rows(grid).get(0).get(0)).isEqualTo(scored);
        assertThat(_get(Anchor.class, spec -> spec.withId("export-csv")).getText()).isEqualTo("Lataa CSV-tiedostona");
    }

    /** Each row as application id, assessments done / assigned, and mean score. */
    private static List<List<Object>> rows(Grid<ApplicationSummary> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> {
            List<String> cells = GridKt._getFormattedRow(grid, row);
            return List.<Object>of(GridKt._get(grid, row).id(), cells.get(4), cells.get(5));
        }).toList();
    }
}
