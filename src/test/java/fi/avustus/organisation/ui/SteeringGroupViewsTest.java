package fi.avustus.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fi.avustus.organisation.ChairRotation;
import fi.avustus.organisation.MemberCategory;
import fi.avustus.organisation.NetworkForm;
import fi.avustus.organisation.Networks;
import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.Organisations;
import fi.avustus.organisation.SteeringGroupForm;
import fi.avustus.organisation.SteeringGroupMember;
import fi.avustus.organisation.SteeringGroupSummary;
import fi.avustus.organisation.SteeringGroups;
import fi.avustus.ui.ListField;
import fi.avustus.ui.UiTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

class SteeringGroupViewsTest extends UiTest {

    @Autowired
    SteeringGroups steeringGroups;

    @Autowired
    Networks networks;

    @Autowired
    Organisations organisations;

    @Autowired
    Clock clock;

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> comboBox(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    private static void type(String id, String text) {
        _setValue(_get(TextField.class, spec -> spec.withId(id)), text);
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    private List<SteeringGroupSummary> named(String name) {
        return steeringGroups.search(name, false, Pageable.unpaged()).getContent();
    }

    private long aNetwork(long coordinatorId) {
        NetworkForm network = new NetworkForm();
        network.setNameFi("Ohjausryhmän verkosto " + System.nanoTime());
        network.setNameSv("Styrgruppens nätverk");
        network.setCoordinatorId(coordinatorId);
        return networks.create(network).id();
    }

    private void addMember(String person, long organisationId, MemberCategory category) {
        type("member-person", person);
        _setValue(comboBox("member-organisation"), organisationId);
        _setValue(select("member-category"), category);
        click("members-add");
    }

    @Test
    void anAdministratorCreatesAGroupAndSeesWhoChairsToday() {
        login("admin");
        List<OrganisationSummary> active = organisations.active();
        long networkId = aNetwork(active.get(0).id());
        String name = "Karibun yhteistyöryhmä " + System.nanoTime();
        UI.getCurrent().navigate(SteeringGroupEditView.class, "new");
        type("nameFi", name);
        type("nameSv", "Karibus samarbetsgrupp");
        _setValue(comboBox("networkId"), networkId);
        _setValue(_get(DatePicker.class, spec -> spec.withId("termStart")), LocalDate.of(2025, 8, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("termEnd")), LocalDate.of(2027, 7, 31));
        _setValue(_get(IntegerField.class, spec -> spec.withId("rotationStartYear")), 2020);
        Paragraph chairToday = _get(Paragraph.class, spec -> spec.withId("chair-today"));
        assertThat(chairToday.getText()).startsWith("Puheenjohtajaa ei voi päätellä");

        _setValue(select("rotation-category"), MemberCategory.VOCATIONAL);
        click("chairRotation-add");
        _setValue(select("rotation-category"), MemberCategory.GENERAL_UPPER_SECONDARY);
        click("chairRotation-add");
        addMember("Timo Haapala", active.get(1).id(), MemberCategory.VOCATIONAL);
        addMember("Riikka Niemelä", active.get(2).id(), MemberCategory.GENERAL_UPPER_SECONDARY);

        ChairRotation rotation = new ChairRotation(List.of(MemberCategory.VOCATIONAL, MemberCategory.GENERAL_UPPER_SECONDARY), 2020);
        String expectedChair = rotation.categoryOn(LocalDate.now(clock)).orElseThrow() == MemberCategory.VOCATIONAL
                ? "Timo Haapala" : "Riikka Niemelä";
        assertThat(chairToday.getText()).startsWith("Puheenjohtaja tänään: " + expectedChair);
        _setValue(_get(Checkbox.class, spec -> spec.withId("votesSecretUntilVoted")), true);
        _setValue(select("group-language"), "sv");

        click("save");

        assertThat(named(name)).singleElement().satisfies(group -> {
            assertThat(group.networkId()).isEqualTo(networkId);
            assertThat(group.members()).hasSize(2);
            assertThat(group.decisionRule().votesSecretUntilVoted()).isTrue();
            assertThat(group.decisionRule().chairMayDecideWithoutQuorum()).isFalse();
            assertThat(group.language()).isEqualTo("sv");
            assertThat(group.chairOn(LocalDate.now(clock))).hasValueSatisfying(chair ->
                    assertThat(chair.personName()).isEqualTo(expectedChair));
        });
    }

    @Test
    void missingDataIsShownOnTheFieldsAndNothingIsStored() {
        login("admin");
        String name = "Puutteellinen ryhmä " + System.nanoTime();
        UI.getCurrent().navigate(SteeringGroupEditView.class, "new");
        type("nameFi", name);
        _setValue(_get(DatePicker.class, spec -> spec.withId("termStart")), LocalDate.of(2026, 1, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("termEnd")), LocalDate.of(2025, 12, 31));
        _setValue(_get(IntegerField.class, spec -> spec.withId("quorumPercent")), 150);
        click("save");

        TextField nameSv = _get(TextField.class, spec -> spec.withId("nameSv"));
        assertThat(nameSv.isInvalid()).isTrue();
        assertThat(nameSv.getErrorMessage()).isEqualTo("Pakollinen tieto");
        DatePicker termEnd = _get(DatePicker.class, spec -> spec.withId("termEnd"));
        assertThat(termEnd.getErrorMessage()).isEqualTo("Toimikauden on päätyttävä alkamispäivän jälkeen.");
        assertThat(_get(IntegerField.class, spec -> spec.withId("quorumPercent")).getErrorMessage())
                .isEqualTo("Arvon on oltava välillä 0–100.");
        assertThat(comboBox("networkId").isInvalid()).isTrue();
        assertThat(named(name)).isEmpty();
    }

    @Test
    void theProgrammeChooserAppearsOnlyWhenSomeModuleOffersProgrammes() {
        login("admin");
        UI.getCurrent().navigate(SteeringGroupEditView.class, "new");
        // Karibu finds only visible components.
        assertThat(_find(ComboBox.class, spec -> spec.withId("programmeId")))
                .hasSize(steeringGroups.programmeChoices().isPresent() ? 1 : 0);
    }

    @Test
    void aCategoryIsListedOnceInTheRotation() {
        login("admin");
        UI.getCurrent().navigate(SteeringGroupEditView.class, "new");
        _setValue(select("rotation-category"), MemberCategory.STUDENTS);
        click("chairRotation-add");
        _setValue(select("rotation-category"), MemberCategory.STUDENTS);
        click("chairRotation-add");

        ListField<?> rotation = _get(ListField.class, spec -> spec.withId("chairRotation"));
        assertThat(rotation.getValue()).hasSize(1);
        assertThat(rotation.isInvalid()).isTrue();
    }

    @Test
    void theListFindsAGroupAndShowsItsChairToday() {
        login("admin");
        List<OrganisationSummary> active = organisations.active();
        String name = "Haettava ohjausryhmä " + System.nanoTime();
        SteeringGroupForm form = new SteeringGroupForm();
        form.setNameFi(name);
        form.setNameSv("Sökbar styrgrupp");
        form.setNetworkId(aNetwork(active.get(0).id()));
        form.setTermStart(LocalDate.of(2025, 1, 1));
        form.setTermEnd(LocalDate.of(2030, 12, 31));
        // A single category always chairs, so the expected chair does not depend on today's date.
        form.setChairRotation(List.of(MemberCategory.REGIONAL_COUNCIL));
        form.setRotationStartYear(2025);
        form.setMembers(List.of(new SteeringGroupMember("Jari Rautio", null, null, active.get(1).id(),
                MemberCategory.REGIONAL_COUNCIL)));
        steeringGroups.create(form);

        UI.getCurrent().navigate(SteeringGroupListView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("search")), name);
        @SuppressWarnings("unchecked")
        Grid<SteeringGroupSummary> grid = _get(Grid.class, spec -> spec.withId("list-grid"));
        assertThat(GridKt._size(grid)).isOne();
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(name, "Jari Rautio");
    }
}
