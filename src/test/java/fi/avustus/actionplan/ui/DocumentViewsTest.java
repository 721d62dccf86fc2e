package fi.avustus.actionplan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import fi.avustus.actionplan.ActionLine;
import fi.avustus.actionplan.ActionPlanContent;
import fi.avustus.actionplan.AnnualReportContent;
import fi.avustus.actionplan.DocumentContent;
import fi.avustus.actionplan.DocumentFixtures;
import fi.avustus.actionplan.DocumentFixtures.TestNetwork;
import fi.avustus.actionplan.DocumentSamples;
import fi.avustus.actionplan.DocumentStatus;
import fi.avustus.actionplan.DocumentSummary;
import fi.avustus.actionplan.DocumentType;
import fi.avustus.actionplan.FinancialCategory;
import fi.avustus.actionplan.FinancialLine;
import fi.avustus.actionplan.FinancialPlanContent;
import fi.avustus.actionplan.Indicator;
import fi.avustus.actionplan.NetworkDocuments;
import fi.avustus.actionplan.OutcomeLine;
import fi.avustus.actionplan.PlannedActivity;
import fi.avustus.actionplan.internal.DocumentLifecycle;
import fi.avustus.approval.ApprovalOutcome;
import fi.avustus.organisation.Networks;
import fi.avustus.organisation.Organisations;
import fi.avustus.organisation.SteeringGroups;
import fi.avustus.security.SystemUser;
import fi.avustus.security.Users;
import fi.avustus.shared.FieldChange;
import fi.avustus.ui.ListField;
import fi.avustus.ui.UiTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The document screens in a mocked browser, on a network of the test's own. */
@SuppressWarnings("unchecked")
class DocumentViewsTest extends UiTest {

    @Autowired NetworkDocuments documents;
    @Autowired DocumentLifecycle lifecycle;
    @Autowired UserDetailsService userDetails;
    @Autowired Organisations organisations;
    @Autowired Users users;
    @Autowired Networks networks;
    @Autowired SteeringGroups steeringGroups;

    private TestNetwork network;

    @BeforeEach
    void aNetworkOfItsOwn() {
        network = DocumentFixtures.network(userDetails, organisations, users, networks, steeringGroups);
    }

    @Test
    void theCoordinatorStartsTheYearsPlanFromTheNetworksDocuments() {
        login(network.coordinator());
        UI.getCurrent().navigate("documents");
        RouterLink link = _get(RouterLink.class, spec -> spec.withId("network-" + network.networkId()));
        assertThat(link.getHref()).isEqualTo("networks/" + network.networkId() + "/documents");

        UI.getCurrent().navigate(link.getHref());
        Select<Integer> year = _get(Select.class, spec -> spec.withId("year"));
        _setValue(year, LocalDate.now().getYear());
        assertThat(_get(Paragraph.class, spec -> spec.withId("no-documents")).isVisible()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("start-ACTION_PLAN")));

        DocumentSummary created = documents.ofNetwork(network.networkId()).get(0);
        assertThat(created.type()).isEqualTo(DocumentType.ACTION_PLAN);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("documents/" + created.id() + "/edit");
    }

    @Test
    void theActionPlanEditorSavesEachChangeAndShowsTheAnnualCalendar() {
        long id = create(DocumentType.ACTION_PLAN, ActionPlanContent.empty());
        login(network.coordinator());
        UI.getCurrent().navigate("documents/" + id + "/edit");
        _click(_get(Button.class, spec -> spec.withId("add-line")));
        _setValue(_get(TextField.class, spec -> spec.withId("lines[1].title")), "Viestintä");
        _setValue(_get(TextField.class, spec -> spec.withId("lines[1].responsible")), "Projektipäällikkö");
        _setValue(_get(ListField.class, spec -> spec.withId("lines[1].objectives")), List.of("Kehittämistyö jakoon"));
        _setValue(_get(ListField.class, spec -> spec.withId("lines[1].activities")), List.of(
                new PlannedActivity("Verkostopäivä", LocalDate.of(2017, 3, 14), List.of()),
                new PlannedActivity("Uutiskirje", null, List.of(6, 12))));
        _setValue(_get(ListField.class, spec -> spec.withId("lines[1].indicators")),
                List.of(new Indicator("Uutiskirjeitä", "kpl", new BigDecimal("2"))));

        ActionPlanContent saved = (ActionPlanContent) content(id);
        assertThat(saved.lines()).singleElement().satisfies(line -> {
            assertThat(line.title()).isEqualTo("Viestintä");
            assertThat(line.activities()).hasSize(2);
            assertThat(line.indicators()).extracting(Indicator::target).containsExactly(new BigDecimal("2"));
        });
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("save-state")).getText())
                .startsWith("Luonnos tallennettu");
        _get(TabSheet.class, spec -> spec.withId("plan-tabs")).setSelectedIndex(1);
        assertThat(monthText(3)).contains("14.3. Verkostopäivä");
        assertThat(monthText(12)).contains("Uutiskirje");
        assertThat(monthText(1)).contains("Ei toimenpiteitä");
    }

    @Test
    void submittingAnIncompletePlanListsEveryReasonWhereItIs() {
        ActionLine untitled = new ActionLine(1, "Rehtorifoorumit", List.of(), List.of(), null, List.of());
        long id = create(DocumentType.ACTION_PLAN, new ActionPlanContent(List.of(untitled)));
        login(network.coordinator());
        UI.getCurrent().navigate("documents/" + id + "/edit");
        _click(_get(Button.class, spec -> spec.withId("submit")));

        assertThat(_get(UnorderedList.class, spec -> spec.withId("submit-reasons")).getChildren()
                .map(item -> item.getElement().getText()))
                .contains("Toimintalinja 1 › Vastuutaho: Pakollinen tieto", "Toimintalinja 1 › Tavoitteet: Toimintalinjalle 1 tarvitaan tavoitteet");
        assertThat(_get(TextField.class, spec -> spec.withId("lines[1].responsible")).isInvalid()).isTrue();
        login(network.coordinator());
        assertThat(documents.find(id).orElseThrow().versions()).isEmpty();
    }

    @Test
    void theFinancialPlanShowsItsBalanceLiveAndNeedsAnExplanationWhenUnbalanced() {
        long id = create(DocumentType.FINANCIAL_PLAN, FinancialPlanContent.empty());
        login(network.coordinator());
        UI.getCurrent().navigate("documents/" + id + "/edit");
        _setValue(_get(ListField.class, spec -> spec.withId("income")),
                List.of(new FinancialLine(FinancialCategory.MEMBERSHIP_FEES, "Jäsenmaksut", new BigDecimal("1000"))));
        _setValue(_get(ListField.class, spec -> spec.withId("expenses")),
                List.of(new FinancialLine(FinancialCategory.STAFF, "Palkat", new BigDecimal("800"))));
        assertThat(text("totals-income")).isEqualTo("1 000,00 €");
        assertThat(text("totals-balance")).isEqualTo("200,00 €");
        assertThat(_get(Paragraph.class, spec -> spec.withId("totals-state")).getText()).contains("eivät ole tasapainossa");

        _click(_get(Button.class, spec -> spec.withId("submit")));
        assertThat(_get(TextArea.class, spec -> spec.withId("imbalanceExplanation")).getErrorMessage())
                .contains("200,00 €");
        _setValue(_get(TextArea.class, spec -> spec.withId("imbalanceExplanation")), "Ylijäämä varataan syksyn foorumiin.");
        _click(_get(Button.class, spec -> spec.withId("submit")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("documents/" + id);
        login(network.coordinator());
        assertThat(documents.find(id).orElseThrow().summary().status()).isEqualTo(DocumentStatus.IN_APPROVAL);
    }

    @Test
    void theAnnualReportIsLaidOutOnTheApprovedPlans() {
        approve(submitted(create(DocumentType.ACTION_PLAN, DocumentSamples.actionPlan(2017))));
        approve(submitted(create(DocumentType.FINANCIAL_PLAN, DocumentSamples.balancedFinancialPlan())));
        login(network.coordinator());
        long id = documents.create(DocumentType.ANNUAL_REPORT, network.networkId(), 2017);
        login(network.coordinator());
        UI.getCurrent().navigate("documents/" + id + "/edit");
        _setValue(_get(TextArea.class, spec -> spec.withId("lines[1].done")), "Neljä työkokousta pidettiin.");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("lines[1].indicators[1].actual")), new BigDecimal("4"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("financialOutcome[1].actual")), new BigDecimal("58000"));
        _setValue(_get(ListField.class, spec -> spec.withId("added-lines")), List.of(new OutcomeLine(FinancialCategory.TRAVEL,
                "Opintomatka", null, new BigDecimal("500"), "Ohjausryhmän päätös")));

        AnnualReportContent saved = (AnnualReportContent) content(id);
        assertThat(saved.lines().get(0).done()).isEqualTo("Neljä työkokousta pidettiin.");
        assertThat(saved.lines().get(0).indicators().get(0).actual()).isEqualByComparingTo("4");
        assertThat(saved.financialOutcome()).hasSize(5);
        assertThat(saved.financialOutcome().get(4).added()).isTrue();
        assertThat(text("planned-totals-income")).isEqualTo("80 000,00 €");
        assertThat(text("actual-totals-income")).isEqualTo("58 000,00 €");
        assertThat(text("actual-totals-expenses")).isEqualTo("500,00 €");
        _click(_get(Button.class, spec -> spec.withId("rebase")));
        assertThat(((AnnualReportContent) content(id)).lines().get(0).done()).as("kept when the plans did not change")
                .isEqualTo("Neljä työkokousta pidettiin.");
    }

    @Test
    void aSaveThatCollidesSaysSoAndKeepsWhatWasTyped() {
        long id = create(DocumentType.ACTION_PLAN, DocumentSamples.actionPlan(2017));
        login(network.coordinator());
        UI.getCurrent().navigate("documents/" + id + "/edit");
        documents.saveDraft(id, documents.find(id).orElseThrow().lockVersion(), ActionPlanContent.empty());
        NotificationsKt.clearNotifications();
        _setValue(_get(TextField.class, spec -> spec.withId("lines[2].title")), "Viestintä ja markkinointi");

        NotificationsKt.expectNotifications("Joku muu tallensi tämän välillä. Avaa tiedot uudelleen, jotta näet uusimman "
                + "version; tekemäsi muutokset eivät tallentuneet.");
        assertThat(_get(TextField.class, spec -> spec.withId("lines[2].title")).getValue()).isEqualTo("Viestintä ja markkinointi");
        assertThat(((ActionPlanContent) content(id)).lines()).isEmpty();
    }

    @Test
    void theDocumentPageComparesAnyTwoVersionsAndShowsTheSteeringGroupsRounds() {
        long id = submitted(create(DocumentType.ACTION_PLAN, DocumentSamples.actionPlan(2017)));
        returnForRevision(id);
        login(network.coordinator());
        ActionPlanContent plan = (ActionPlanContent) content(id);
        ActionLine first = plan.lines().get(0);
        documents.saveDraft(id, documents.find(id).orElseThrow().lockVersion(), new ActionPlanContent(List.of(
                new ActionLine(1, first.title(), first.objectives(), first.activities(), "Sivistysjohtajat", first.indicators()),
                plan.lines().get(1))));
        submitted(id);

        login(network.coordinator());
        UI.getCurrent().navigate("documents/" + id);
        Grid<?> versions = _get(Grid.class, spec -> spec.withId("versions"));
        assertThat(GridKt._size(versions)).isEqualTo(2);
        _setValue(_get(ComboBox.class, spec -> spec.withId("compare-from")), 1);
        _setValue(_get(ComboBox.class, spec -> spec.withId("compare-to")), 2);
        _click(_get(Button.class, spec -> spec.withId("compare")));
        Grid<FieldChange> differences = _get(Grid.class, spec -> spec.withId("difference-grid"));
        assertThat(GridKt._size(differences)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(differences, 0)).containsExactly("Toimintalinja 1", "Vastuutaho",
                "Jyväskylän kaupunki", "Sivistysjohtajat");
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("approval-rounds"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("edit"))).as("with the group: nothing to edit").isEmpty();
    }

    @Test
    void anApprovedDocumentOffersANewRevisionInsteadOfEditing() {
        long id = approve(submitted(create(DocumentType.ACTION_PLAN, DocumentSamples.actionPlan(2017))));
        login(network.coordinator());
        UI.getCurrent().navigate("documents/" + id + "/edit");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).as("the page, not the editor")
                .isEqualTo("documents/" + id);
        assertThat(_find(Button.class, spec -> spec.withId("edit"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("start-revision")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("documents/" + id + "/edit");
        login(network.coordinator());
        assertThat(documents.find(id).orElseThrow().summary().status()).isEqualTo(DocumentStatus.DRAFT);
    }

    @Test
    void theSteeringGroupReadsWhatWasSentAndOthersNothing() {
        long id = create(DocumentType.ACTION_PLAN, DocumentSamples.actionPlan(2017));
        login(network.groupMembers().get(0));
        UI.getCurrent().navigate("documents/" + id);
        assertThat(_find(H3.class, spec -> spec.withText("Luonnos"))).as("no draft for the group").isEmpty();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("documents/" + id);
        assertThat(_find(Section.class, spec -> spec.withId("content-calendar-month-1"))).as("not found: nothing shown").isEmpty();

        submitted(id);
        login(network.groupMembers().get(0));
        UI.getCurrent().navigate("documents/" + id);
        assertThat(_find(H3.class, spec -> spec.withText("Ohjausryhmälle viimeksi lähetetty versio"))).hasSize(1);
        assertThat(_find(Section.class, spec -> spec.withId("content-calendar-month-1"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("edit"))).isEmpty();

        login(network.member());
        UI.getCurrent().navigate("documents/" + id);
        assertThat(_find(H3.class, spec -> spec.withText("Luonnos"))).as("the network's own see the draft").hasSize(1);

        login(network.outsider());
        UI.getCurrent().navigate("documents/" + id);
        assertThat(_find(Section.class, spec -> spec.withId("content-calendar-month-1"))).isEmpty();
        UI.getCurrent().navigate("networks/" + network.networkId() + "/documents");
        assertThat(_find(Grid.class, spec -> spec.withId("documents"))).isEmpty();
    }

    private long create(DocumentType type, DocumentContent content) {
        login(network.coordinator());
        long id = documents.create(type, network.networkId(), 2017);
        documents.saveDraft(id, documents.find(id).orElseThrow().lockVersion(), content);
        return id;
    }

    private long submitted(long id) {
        login(network.coordinator());
        lifecycle.freeze(id);
        return id;
    }

    private long approve(long id) {
        long versionId = lastVersionId(id);
        SystemUser.run(() -> lifecycle.approve(id, versionId, null));
        return id;
    }

    private void returnForRevision(long id) {
        long versionId = lastVersionId(id);
        SystemUser.run(() -> lifecycle.returnForRevision(id, versionId, ApprovalOutcome.CHANGES_REQUESTED, null));
    }

    private long lastVersionId(long id) {
        login(network.coordinator());
        var versions = documents.find(id).orElseThrow().versions();
        return versions.get(versions.size() - 1).id();
    }

    private DocumentContent content(long id) {
        login(network.coordinator());
        return documents.find(id).orElseThrow().content();
    }

    private static String monthText(int month) {
        return _get(Section.class, spec -> spec.withId("annual-calendar-month-" + month)).getElement().getTextRecursively();
    }

    private static String text(String id) {
        return _get(DescriptionList.Description.class, spec -> spec.withId(id)).getText().replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
