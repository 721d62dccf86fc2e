package fi.avustus.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.ProgrammeSummary;
import fi.avustus.report.AuditResult;
import fi.avustus.report.ReportFixtures;
import fi.avustus.report.ReportSummary;
import fi.avustus.review.ReviewFixtures;
import fi.avustus.ui.UiTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** An administrator picks a programme's final reports for audit and records a finding; the input is checked first. */
class AuditsViewTest extends UiTest {

    @Autowired ApplicationContext context;

    @Test
    void anAdministratorPicksAtRandomAndRecordsIneligibleCosts() {
        CallSummary call = new ReviewFixtures(context).call();
        ReportSummary finalReport = ReportFixtures.submittedFinalReport(context, call);

        login("admin");
        UI.getCurrent().navigate("audits");
        @SuppressWarnings("unchecked")
        Select<ProgrammeSummary> programme = _get(Select.class, spec -> spec.withId("programme"));
        _setValue(programme, programme.getListDataView().getItems()
                .filter(candidate -> candidate.id() == call.programmeId()).findFirst().orElseThrow());
        _setValue(_get(IntegerField.class, spec -> spec.withId("percent")), 0);
        _click(_get(Button.class, spec -> spec.withId("pick")));
        assertThat(_get(IntegerField.class, spec -> spec.withId("percent")).isInvalid()).isTrue();
        NotificationsKt.clearNotifications();

        _setValue(_get(IntegerField.class, spec -> spec.withId("percent")), 100);
        _click(_get(Button.class, spec -> spec.withId("pick")));
        NotificationsKt.expectNotifications("Tarkastettavaksi valittiin 1 loppuselvitystä.");
        Grid<?> audits = _get(Grid.class, spec -> spec.withId("audits"));
        assertThat(GridKt._size(audits)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(audits, 0)).contains("Satunnaisotanta", "Kesken");

        Button record = (Button) GridKt._getCellComponent(audits, 0, "actions");
        assertThat(record.getText()).isEqualTo("Kirjaa tulos");
        _click(record);
        @SuppressWarnings("unchecked")
        Select<AuditResult> result = _get(Select.class, spec -> spec.withId("result"));
        _setValue(result, AuditResult.FINDINGS);
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("ineligibleCosts")), new BigDecimal("1500"));
        _click(_get(Button.class, spec -> spec.withId("save-result")));
        assertThat(_get(TextArea.class, spec -> spec.withId("findings")).isInvalid()).as("findings are required").isTrue();
        NotificationsKt.clearNotifications();
        _setValue(_get(TextArea.class, spec -> spec.withId("findings")), "Laitehankinta ei ollut tukikelpoinen.");
        _click(_get(Button.class, spec -> spec.withId("save-result")));
        NotificationsKt.expectNotifications("Tarkastuksen tulos kirjattu");
        assertThat(GridKt._getFormattedRow(audits, 0)).contains("Tukikelvottomia kustannuksia");
        assertThat(finalReport.kind()).isEqualTo(fi.avustus.report.ReportKind.FINAL);
    }
}
