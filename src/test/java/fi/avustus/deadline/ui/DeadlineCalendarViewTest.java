package fi.avustus.deadline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.QueryParameters;
import fi.avustus.application.ApplicationFixtures;
import fi.avustus.deadline.DeadlineEntry;
import fi.avustus.deadline.DeadlineFixtures;
import fi.avustus.deadline.DeadlineType;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.ProgrammeSummary;
import fi.avustus.programme.Programmes;
import fi.avustus.ui.UiTest;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Officials' deadline calendar: tabs, filters, badges and links to the cases. */
class DeadlineCalendarViewTest extends UiTest {

    @Autowired ApplicationContext context;
    @Autowired UserDetailsService users;
    @Autowired Programmes programmes;
    @Autowired Calls calls;
    @Autowired Organisations organisations;
    @Autowired Clock clock;

    private CallSummary call;
    private long draft;
    private long late;

    @BeforeEach
    void aDraftAndALateCompletionInACallOfItsOwnProgramme() {
        DeadlineFixtures fixtures = new DeadlineFixtures(context);
        call = ApplicationFixtures.openCall(users, programmes, calls, organisations, clock);
        SecurityContextHolder.clearContext();
        draft = fixtures.draft("hakija", call.id(), null);
        late = fixtures.completionRequested(call.id(), fixtures.today().minusDays(3));
    }

    @SuppressWarnings("unchecked")
    private static Grid<DeadlineEntry> grid() {
        return _get(Grid.class, spec -> spec.withId("deadlines"));
    }

    @SuppressWarnings("unchecked")
    private void chooseTheProgramme() {
        ComboBox<ProgrammeSummary> programme = _get(ComboBox.class, spec -> spec.withId("programme-filter"));
        programme.setValue(programme.getListDataView().getItems().filter(found -> found.id() == call.programmeId())
                .findFirst().orElseThrow());
    }

    private static List<String> keys() {
        return IntStream.range(0, GridKt._size(grid())).mapToObj(row -> GridKt._get(grid(), row).deadline().sourceKey()).toList();
    }

    @Test
    void upcomingAndOverdueDeadlinesOfAProgrammeWithTheirStatusAndCase() {
        login("virkailija");
        UI.getCurrent().navigate(DeadlineCalendarView.class);
        chooseTheProgramme();

        assertThat(keys()).containsExactly("application:" + draft + ":call-closing");
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Haun sulkeutuminen",
                "Lähetä hakemusluonnos ennen haun sulkeutumista: #" + draft, call.title().fi());
        assertThat(((Span) GridKt._getCellComponent(grid(), 0, "status")).getText()).isEqualTo("Avoin");
        assertThat(_get(Span.class, spec -> spec.withId("deadline-count")).getText()).isEqualTo("1 määräaikaa");

        _get(Tabs.class).setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-overdue")));
        assertThat(keys()).containsExactly("application:" + late + ":completion");
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Täydennyspyyntö",
                "Täydennä hakemus: Jatkuvan oppimisen verkosto");
        Span badge = (Span) GridKt._getCellComponent(grid(), 0, "status");
        assertThat(badge.getText()).isEqualTo("Myöhässä");
        assertThat(badge.getStyle().get("color")).isEqualTo(StatusBadge.Tone.OVERDUE.text);
        Anchor link = (Anchor) GridKt._getCellComponent(grid(), 0, "route");
        assertThat(link.getHref()).isEqualTo("applications/" + late);
        assertThat(link.getElement().getAttribute("aria-label"))
                .isEqualTo("Avaa asia: Täydennä hakemus: Jatkuvan oppimisen verkosto");
        assertThat(_get(Anchor.class, spec -> spec.withId("export-csv")).getText()).isEqualTo("Lataa CSV-tiedostona");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTypeFilterLeavesOtherKindsOut() {
        login("admin");
        UI.getCurrent().navigate(DeadlineCalendarView.class);
        chooseTheProgramme();
        MultiSelectComboBox<DeadlineType> type = _get(MultiSelectComboBox.class, spec -> spec.withId("type-filter"));

        type.setValue(Set.of(DeadlineType.COMPLETION_REQUEST));
        assertThat(keys()).isEmpty();
        type.setValue(Set.of(DeadlineType.CALL_CLOSING, DeadlineType.COMPLETION_REQUEST));
        assertThat(keys()).containsExactly("application:" + draft + ":call-closing");
    }

    @Test
    void theAddressCanOpenTheOverdueTab() {
        login("admin");
        UI.getCurrent().navigate(DeadlineCalendarView.class, QueryParameters.of(DeadlineCalendarView.SHOW, "overdue"));
        assertThat(_get(Tabs.class).getSelectedTab().getId()).hasValue("tab-overdue");
        chooseTheProgramme();
        assertThat(keys()).containsExactly("application:" + late + ":completion");
    }
}
