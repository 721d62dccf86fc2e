package fi.avustus.programme.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fi.avustus.organisation.OrganisationType;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallForm;
import fi.avustus.programme.CallStatus;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.ProgrammeFixtures;
import fi.avustus.programme.Programmes;
import fi.avustus.ui.UiTest;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CallViewsTest extends UiTest {

    @Autowired
    Programmes programmes;
    @Autowired
    Calls calls;
    @Autowired
    Organisations organisations;
    @Autowired
    Clock clock;

    private long programmeId;

    @BeforeEach
    void asAdministratorWithAProgramme() {
        login("admin");
        programmeId = programmes.create(ProgrammeFixtures.programme(organisations.active().get(0).id(), clock, "500000")).id();
    }

    private static TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @Test
    void theListShowsEachCallsStatus() {
        CallSummary published = calls.publish(calls.create(ProgrammeFixtures.completeCall(programmeId, clock, "1000")).id());
        UI.getCurrent().navigate(CallListView.class);
        _setValue(text("search"), published.title().fi());
        @SuppressWarnings("unchecked")
        Grid<CallSummary> grid = _get(Grid.class, spec -> spec.withId("list-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(((Span) GridKt._getCellComponent(grid, 0, "status")).getText()).isEqualTo("Julkaistu");
        assertThat(GridKt._getFormattedRow(grid, 0)).map(Texts::plain).contains(published.programmeName().fi(), "1 000,00 €");
    }

    @Test
    void publishingAnIncompleteDraftShowsEveryReasonOnItsField() {
        CallSummary draft = calls.create(ProgrammeFixtures.draftCall(programmeId));
        UI.getCurrent().navigate(CallEditView.class, String.valueOf(draft.id()));
        assertThat(_get(Span.class, spec -> spec.withId("call-status")).getText()).isEqualTo("Luonnos");
        _click(button("publish"));

        assertThat(text("titleSv").isInvalid()).isTrue();
        assertThat(text("titleEn").isInvalid()).isTrue();
        assertThat(_get(DateTimePicker.class, spec -> spec.withId("openFrom")).isInvalid()).isTrue();
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("budget")).isInvalid()).isTrue();
        assertThat(_get(MultiSelectComboBox.class, spec -> spec.withId("eligibleTypes")).getErrorMessage())
                .isEqualTo("Valitse vähintään yksi organisaatiotyyppi");
        assertThat(_get(CriteriaField.class).getErrorMessage()).isEqualTo("Lisää vähintään yksi arviointikriteeri");
        assertThat(text("titleFi").isInvalid()).isFalse();
        assertThat(calls.find(draft.id()).orElseThrow().status()).isEqualTo(CallStatus.DRAFT);
    }

    @Test
    void aCallTypedInTheFormIsPublishedWithWeightsAddingUpToHundred() {
        CallForm complete = ProgrammeFixtures.completeCall(programmeId, clock, "100000");
        UI.getCurrent().navigate(CallEditView.class, "new");
        _setValue(_get(IdChooser.class, spec -> spec.withId("programmeId")), programmeId);
        _setValue(text("titleFi"), complete.getTitleFi());
        _setValue(text("titleSv"), complete.getTitleSv());
        _setValue(text("titleEn"), complete.getTitleEn());
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("openFrom")), complete.getOpenFrom());
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("openUntil")), complete.getOpenUntil());
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("budget")), complete.getBudget());
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("maxGrant")), complete.getMaxGrant());
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("minSelfFinancingPercent")),
                complete.getMinSelfFinancingPercent());
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<OrganisationType> types = _get(MultiSelectComboBox.class, spec -> spec.withId("eligibleTypes"));
        _setValue(types, Set.of(OrganisationType.MUNICIPALITY));

        _click(button("criteria-add"));
        _click(button("criteria-add"));
        CriteriaField criteria = _get(CriteriaField.class);
        java.util.List<TextField> names = _find(criteria, TextField.class);
        java.util.List<IntegerField> weights = _find(criteria, IntegerField.class);
        _setValue(names.get(0), "Vaikuttavuus");
        _setValue(names.get(3), "Kustannukset");
        _setValue(weights.get(0), 60);
        _setValue(weights.get(1), 30);
        Span total = _get(Span.class, spec -> spec.withId("criteria-total"));
        assertThat(total.getText()).isEqualTo("Painot yhteensä 90 / 100");

        _click(button("publish"));
        assertThat(criteria.getErrorMessage()).isEqualTo("Painojen summan on oltava 100, nyt 90");
        // The refused publish saved the draft and showed the saved version: the rows are new.
        _setValue(_find(criteria, IntegerField.class).get(1), 40);
        assertThat(total.getText()).isEqualTo("Painot yhteensä 100 / 100");
        _click(button("publish"));

        assertThat(_get(Span.class, spec -> spec.withId("call-status")).getText()).isEqualTo("Julkaistu");
        _assertNone(Button.class, spec -> spec.withId("publish"));
        CallSummary stored = calls.ofProgramme(programmeId).get(0);
        assertThat(stored.status()).isEqualTo(CallStatus.PUBLISHED);
        assertThat(stored.criteria()).extracting(c -> c.nameFi() + " " + c.weight())
                .containsExactly("Vaikuttavuus 60", "Kustannukset 40");
        assertThat(stored.openUntil()).isEqualTo(CallForm.instant(complete.getOpenUntil()));
    }

    @Test
    void removingACriterionUpdatesTheTotal() {
        CallSummary call = calls.create(ProgrammeFixtures.completeCall(programmeId, clock, "1000"));
        UI.getCurrent().navigate(CallEditView.class, String.valueOf(call.id()));
        Span total = _get(Span.class, spec -> spec.withId("criteria-total"));
        assertThat(total.getText()).isEqualTo("Painot yhteensä 100 / 100");
        _click(_get(_get(CriteriaField.class, spec -> spec.withId("criteria")), Button.class,
                spec -> spec.withAttribute("aria-label", "Poista kriteeri 2")));
        assertThat(total.getText()).isEqualTo("Painot yhteensä 70 / 100");
    }

    @Test
    void applicantsCannotOpenTheAdministrationOfCalls() {
        login("hakija");
        // Karibu reports the denial as an error while navigating; either way the view must not show.
        catchThrowable(() -> UI.getCurrent().navigate(CallListView.class));
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(CallListView.class::isInstance);
    }
}
