package fi.avustus.recovery.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import fi.avustus.recovery.ClaimStatus;
import fi.avustus.recovery.ClaimSummary;
import fi.avustus.recovery.RecoveryFixtures;
import fi.avustus.recovery.Settlement;
import fi.avustus.shared.Money;
import fi.avustus.ui.UiTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Administrators record payments of claims, officials and administrators reduce them with a
 * justification, applicants see their own organisations' claims and letters only.
 */
class RecoveriesViewTest extends UiTest {

    private static final Locale FINNISH = Locale.forLanguageTag("fi");

    @Autowired
    ApplicationContext context;

    private RecoveryFixtures fixtures;
    private Settlement settlement;

    /** 10 000 € of the hakija's project's 40 000 € left unused: a claim of 10 000 € with interest. */
    @BeforeEach
    void aClaim() {
        fixtures = new RecoveryFixtures(context);
        settlement = fixtures.settle(fixtures.paidProject(300, 100), "30000");
    }

    @Test
    void anAdministratorRecordsAPaymentAndAnOfficialReducesTheRestWithAJustification() {
        login("admin");
        UI.getCurrent().navigate(RecoveriesView.class);
        filter(ClaimStatus.OPEN);
        ClaimSummary claim = claim().orElseThrow();
        assertThat(GridKt._getFormattedRow(claims(), row())).contains(claim.reference(), "Avoin",
                Money.format(claim.total(), FINNISH));
        assertThat(claim.total()).isGreaterThan(Money.euros("10000"));

        _click(action("pay"));
        _get(BigDecimalField.class, spec -> spec.withId("amount")).setValue(Money.euros("1000"));
        _click(_get(Button.class, spec -> spec.withId("confirm-pay")));
        NotificationsKt.expectNotifications("Maksu kirjattu vaatimukseen " + claim.reference() + ".");
        BigDecimal outstanding = claim.total().subtract(Money.euros("1000"));
        assertThat(GridKt._getFormattedRow(claims(), row())).contains(Money.format(Money.euros("1000"), FINNISH),
                Money.format(outstanding, FINNISH), "Avoin");

        login("virkailija");
        UI.getCurrent().navigate(RecoveriesView.class);
        filter(ClaimStatus.OPEN);
        assertThat(find("pay")).isEmpty();
        _click(action("reduce"));
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("amount")).getValue()).isEqualByComparingTo(outstanding);
        _click(_get(Button.class, spec -> spec.withId("confirm-reduce")));
        TextArea justification = _get(TextArea.class, spec -> spec.withId("justification"));
        assertThat(justification.isInvalid()).isTrue();
        assertThat(justification.getErrorMessage()).isEqualTo("Pakollinen tieto");
        NotificationsKt.clearNotifications();

        justification.setValue("Hanke keskeytyi ylivoimaisen esteen vuoksi.");
        _click(_get(Button.class, spec -> spec.withId("confirm-reduce")));
        NotificationsKt.expectNotifications("Vaatimusta " + claim.reference() + " alennettu.");
        assertThat(row()).isNegative();
        filter(ClaimStatus.REDUCED);
        assertThat(GridKt._getFormattedRow(claims(), row())).contains("Alennettu", Money.format(outstanding, FINNISH));
        assertThat(find("reduce")).isEmpty();
    }

    @Test
    void applicantsSeeTheirOwnOrganisationsClaimsWithTheLetterOnly() {
        login("hakija");
        UI.getCurrent().navigate(RecoveriesView.class);
        assertThat(row()).isNotNegative();
        assertThat(find("pay")).isEmpty();
        assertThat(find("reduce")).isEmpty();
        assertThat(actions().getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast).findFirst())
                .hasValueSatisfying(letter -> assertThat(letter.getText()).isEqualTo("Päätöskirje (PDF)"));
        assertThat(_find(TabSheet.class)).isEmpty();

        login("sokande");
        UI.getCurrent().navigate(RecoveriesView.class);
        assertThat(row()).isNegative();
    }

    @Test
    void staffSeeSettlementsWithoutAClaimToo() {
        Settlement withinThreshold = fixtures.settle(fixtures.paidProject(300, 100), "39950");
        login("virkailija");
        UI.getCurrent().navigate(RecoveriesView.class);
        _get(TabSheet.class, spec -> spec.withId("tabs")).setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        Grid<Settlement> settlements = _get(Grid.class, spec -> spec.withId("settlements"));
        List<Settlement> rows = GridKt._findAll(settlements);
        assertThat(rows).contains(settlement, withinThreshold);
        assertThat(GridKt._getFormattedRow(settlements, rows.indexOf(withinThreshold)))
                .contains(Money.format(Money.euros("50"), FINNISH), "Ei peritä (enintään raja-arvo)");
        assertThat(GridKt._getFormattedRow(settlements, rows.indexOf(settlement))).contains("Peritään");
    }

    @SuppressWarnings("unchecked")
    private Grid<ClaimSummary> claims() {
        return _get(Grid.class, spec -> spec.withId("claims"));
    }

    @SuppressWarnings("unchecked")
    private void filter(ClaimStatus status) {
        _get(Select.class, spec -> spec.withId("status")).setValue(status);
    }

    /** The row of the test's claim, -1 when it is not listed. */
    private int row() {
        List<ClaimSummary> rows = GridKt._findAll(claims());
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == settlement.claimId()) {
                return i;
            }
        }
        return -1;
    }

    private Optional<ClaimSummary> claim() {
        int row = row();
        return row < 0 ? Optional.empty() : Optional.of(GridKt._get(claims(), row));
    }

    private Component actions() {
        return GridKt._getCellComponent(claims(), row(), "actions");
    }

    private Optional<Button> find(String kind) {
        return actions().getChildren().filter(child -> child.getId().orElse("").equals(kind + "-" + settlement.claimId()))
                .map(Button.class::cast).findFirst();
    }

    private Button action(String kind) {
        return find(kind).orElseThrow();
    }
}
