package fi.avustus.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.OrganisationType;
import fi.avustus.organisation.Organisations;
import fi.avustus.ui.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrganisationViewsTest extends UiTest {

    @Autowired
    Organisations organisations;

    @Test
    void listFindsDemoOrganisationsBySearch() {
        login("admin");
        UI.getCurrent().navigate(OrganisationListView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("search")), "Gradia");
        @SuppressWarnings("unchecked")
        Grid<OrganisationSummary> grid = _get(Grid.class, spec -> spec.withId("list-grid"));
        assertThat(GridKt._size(grid)).isOne();
        assertThat(GridKt._get(grid, 0).nameFi()).contains("Gradia");
    }

    @Test
    void invalidBusinessIdAndMissingSwedishNameAreShownOnTheFieldsAndNothingIsStored() {
        login("admin");
        UI.getCurrent().navigate(OrganisationEditView.class, "new");
        _setValue(_get(TextField.class, spec -> spec.withId("nameFi")), "Testiopisto");
        _setValue(_get(TextField.class, spec -> spec.withId("businessId")), "1234567-2");
        @SuppressWarnings("unchecked")
        ComboBox<OrganisationType> type = _get(ComboBox.class, spec -> spec.withId("type"));
        _setValue(type, OrganisationType.ASSOCIATION);
        _click(_get(Button.class, spec -> spec.withId("save")));

        TextField businessId = _get(TextField.class, spec -> spec.withId("businessId"));
        assertThat(businessId.isInvalid()).isTrue();
        assertThat(businessId.getErrorMessage()).contains("1234567-2").contains("ei ole kelvollinen");
        TextField nameSv = _get(TextField.class, spec -> spec.withId("nameSv"));
        assertThat(nameSv.isInvalid()).isTrue();
        assertThat(nameSv.getErrorMessage()).isEqualTo("Pakollinen tieto");
        assertThat(_get(TextField.class, spec -> spec.withId("nameFi")).getValue()).as("typed text kept").isEqualTo("Testiopisto");
        assertThat(organisations.findByBusinessId("1234567-2")).isEmpty();
    }

    @Test
    void validOrganisationIsCreatedAndItsHistoryShown() {
        login("admin");
        UI.getCurrent().navigate(OrganisationEditView.class, "new");
        _setValue(_get(TextField.class, spec -> spec.withId("nameFi")), "Karibun koulutus Oy");
        _setValue(_get(TextField.class, spec -> spec.withId("nameSv")), "Karibus utbildning Ab");
        _setValue(_get(TextField.class, spec -> spec.withId("businessId")), "1234567-1");
        @SuppressWarnings("unchecked")
        ComboBox<OrganisationType> type = _get(ComboBox.class, spec -> spec.withId("type"));
        _setValue(type, OrganisationType.COMPANY);
        _click(_get(Button.class, spec -> spec.withId("save")));

        OrganisationSummary created = organisations.findByBusinessId("1234567-1").orElseThrow();
        assertThat(created.nameSv()).isEqualTo("Karibus utbildning Ab");
        _get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("audit-history"));
    }
}
