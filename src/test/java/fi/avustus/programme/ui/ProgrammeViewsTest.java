package fi.avustus.programme.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.ProgrammeFixtures;
import fi.avustus.programme.ProgrammeSummary;
import fi.avustus.programme.Programmes;
import fi.avustus.shared.Money;
import fi.avustus.ui.UiTest;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProgrammeViewsTest extends UiTest {

    @Autowired
    Programmes programmes;
    @Autowired
    Organisations organisations;
    @Autowired
    Clock clock;

    @BeforeEach
    void asAdministrator() {
        login("admin");
    }

    private static TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @Test
    void theListFindsAProgrammeAndOpensIt() {
        ProgrammeSummary programme = programmes.create(
                ProgrammeFixtures.programme(organisations.active().get(0).id(), clock, "2500000"));
        UI.getCurrent().navigate(ProgrammeListView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Ohjelmat");
        _setValue(_get(TextField.class, spec -> spec.withId("search")), programme.name().fi());
        @SuppressWarnings("unchecked")
        Grid<ProgrammeSummary> grid = _get(Grid.class, spec -> spec.withId("list-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).map(Texts::plain).contains(programme.name().fi(), "2 500 000,00 €");

        _click(_get(Button.class, spec -> spec.withId("create")));
        _get(ProgrammeEditView.class);
    }

    @Test
    void savingWithoutTheEnglishNameShowsTheReasonOnTheField() {
        UI.getCurrent().navigate(ProgrammeEditView.class, "new");
        IdChooser funder = _get(IdChooser.class, spec -> spec.withId("funderId"));
        _setValue(funder, organisations.active().get(0).id());
        _setValue(text("nameFi"), "Uusi ohjelma");
        _setValue(text("nameSv"), "Nytt program");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("totalBudget")), Money.euros("100000"));
        _setValue(_get(DatePicker.class, spec -> spec.withId("periodStart")), LocalDate.of(2026, 1, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("periodEnd")), LocalDate.of(2025, 12, 31));
        _setValue(text("reminderDaysBefore"), "7,30");
        _click(_get(Button.class, spec -> spec.withId("save")));

        assertThat(text("nameEn").isInvalid()).isTrue();
        assertThat(text("nameEn").getErrorMessage()).isEqualTo("Pakollinen tieto");
        assertThat(_get(DatePicker.class, spec -> spec.withId("periodEnd")).isInvalid()).isTrue();
        assertThat(text("reminderDaysBefore").isInvalid()).isTrue();
        assertThat(text("nameFi").isInvalid()).isFalse();
        assertThat(text("nameFi").getValue()).isEqualTo("Uusi ohjelma");
    }

    @Test
    void aSavedProgrammeListsItsCallsAndStartsANewOneInIt() {
        UI.getCurrent().navigate(ProgrammeEditView.class, "new");
        _assertNone(Button.class, spec -> spec.withId("new-call"));
        _setValue(_get(IdChooser.class, spec -> spec.withId("funderId")), organisations.active().get(0).id());
        String name = ProgrammeFixtures.unique("Ohjelma");
        _setValue(text("nameFi"), name);
        _setValue(text("nameSv"), "Program");
        _setValue(text("nameEn"), "Programme");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("totalBudget")), Money.euros("100000"));
        _setValue(_get(DatePicker.class, spec -> spec.withId("periodStart")), LocalDate.of(2026, 1, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("periodEnd")), LocalDate.of(2027, 12, 31));
        _setValue(text("themes"), "verkostot, vertaisoppiminen,");
        _click(_get(Button.class, spec -> spec.withId("save")));

        assertThat(_get(H2.class).getText()).isEqualTo(name);
        assertThat(text("themes").getValue()).isEqualTo("verkostot, vertaisoppiminen");
        _click(_get(Button.class, spec -> spec.withId("new-call")));
        IdChooser programme = _get(IdChooser.class, spec -> spec.withId("programmeId"));
        assertThat(programme.getValue()).isNotNull();
        assertThat(programme.getItemLabelGenerator().apply(programme.getValue())).isEqualTo(name);
    }
}
