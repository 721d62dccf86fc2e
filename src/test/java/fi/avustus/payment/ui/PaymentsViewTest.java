package fi.avustus.payment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
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
import com.vaadin.flow.router.RouterLink;
import fi.avustus.application.ApplicationFixtures;
import fi.avustus.application.Applications;
import fi.avustus.organisation.Organisations;
import fi.avustus.payment.PaymentFixtures;
import fi.avustus.payment.PaymentStatus;
import fi.avustus.payment.PaymentSummary;
import fi.avustus.payment.Payments;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.ProgrammeFixtures;
import fi.avustus.programme.Programmes;
import fi.avustus.project.Projects;
import fi.avustus.review.Decisions;
import fi.avustus.review.ReviewFixtures;
import fi.avustus.shared.Money;
import fi.avustus.ui.UiTest;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Officials approve planned instalments, administrators mark approved ones paid, decision makers only look. */
class PaymentsViewTest extends UiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Decisions decisions;
    @Autowired
    Projects projects;
    @Autowired
    Payments payments;
    @Autowired
    UserDetailsService users;
    @Autowired
    Applications applications;
    @Autowired
    Programmes programmes;
    @Autowired
    Calls calls;
    @Autowired
    Organisations organisations;
    @Autowired
    Clock clock;

    private PaymentSummary first;

    @BeforeEach
    void aProject() {
        ReviewFixtures fixtures = new ReviewFixtures(context);
        long projectId = PaymentFixtures.decide(users, decisions, projects, ReviewFixtures.proposal(
                ReviewFixtures.newApplicationId(), fixtures.call(), fixtures.organisationOf("hakija"), "fi"));
        ProgrammeFixtures.actAs(users, "admin");
        first = payments.ofProject(projectId).get(0);
    }

    @Test
    void anOfficialApprovesAndAnAdministratorMarksPaid() {
        login("virkailija");
        UI.getCurrent().navigate(PaymentsView.class);
        filter(PaymentStatus.PLANNED);
        assertThat(GridKt._getFormattedRow(grid(), row())).contains(first.reference(), "Suunniteltu", Money.format(first.amount(), Locale.forLanguageTag("fi")));
        _click((Button) action());
        NotificationsKt.expectNotifications("Maksuerä " + first.reference() + " hyväksytty.");
        assertThat(row()).isNegative();
        filter(PaymentStatus.APPROVED);
        assertThat(GridKt._getFormattedRow(grid(), row())).contains("Hyväksytty").anyMatch(cell -> cell.startsWith("virkailija, "));
        assertThat(action()).isNotInstanceOf(Button.class);

        login("admin");
        UI.getCurrent().navigate(PaymentsView.class);
        filter(PaymentStatus.APPROVED);
        assertThat(((Button) action()).getText()).isEqualTo("Merkitse maksetuksi");
        _click((Button) action());
        filter(PaymentStatus.PAID);
        assertThat(GridKt._getFormattedRow(grid(), row())).contains("Maksettu").anyMatch(cell -> cell.startsWith("admin, "));
    }

    @Test
    void aDecisionMakerSeesInstalmentsWithoutActionsAndTheFileLink() {
        login("paattaja");
        UI.getCurrent().navigate(PaymentsView.class);
        filter(PaymentStatus.PLANNED);
        assertThat(row()).isNotNegative();
        assertThat(action()).isNotInstanceOf(Button.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("export-xlsx")).getText()).isEqualTo("Maksatustiedosto (XLSX)");
    }

    @Test
    void anInstalmentApprovedMeanwhileIsReportedAsAlreadyApproved() {
        login("virkailija");
        UI.getCurrent().navigate(PaymentsView.class);
        filter(PaymentStatus.PLANNED);
        Button approve = (Button) action();
        payments.approve(first.id(), first.version());
        _click(approve);
        NotificationsKt.expectNotifications("Maksuerä " + first.reference() + " on jo hyväksytty.");
    }

    @Test
    void eachInstalmentNamesItsProjectAndLinksToItsPage() {
        long named = projectOfASubmittedApplication();
        login("virkailija");
        UI.getCurrent().navigate(PaymentsView.class);
        filter(PaymentStatus.PLANNED);
        assertThat(grid().getColumnByKey("project").getHeaderText()).isEqualTo("Hanke");
        assertThat(grid().getColumnByKey("status").getHeaderText()).isEqualTo("Tila");
        RouterLink link = (RouterLink) GridKt._getCellComponent(grid(), rowOfProject(named), "project");
        assertThat(link.getText()).isEqualTo(ApplicationFixtures.completeForm(0).getProjectName());
        assertThat(link.getHref()).isEqualTo("projects/" + named);
        // A project decided without an application's name is shown by its number.
        RouterLink unnamed = (RouterLink) GridKt._getCellComponent(grid(), row(), "project");
        assertThat(unnamed.getText()).isEqualTo("Hanke " + first.projectId());
    }

    /** The project of an application that hakija submitted, decided at once: it bears the application's name. */
    private long projectOfASubmittedApplication() {
        CallSummary call = ApplicationFixtures.openCall(users, programmes, calls, organisations, clock);
        long applicationId = ApplicationFixtures.submitted(users, applications, call.id());
        long organisationId = applications.find(applicationId).orElseThrow().summary().organisationId();
        return PaymentFixtures.decide(users, decisions, projects, ReviewFixtures.proposal(applicationId, call, organisationId, "fi"));
    }

    private int rowOfProject(long projectId) {
        List<PaymentSummary> rows = GridKt._findAll(grid());
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).projectId() == projectId) {
                return i;
            }
        }
        throw new AssertionError("no instalment of project " + projectId);
    }

    @SuppressWarnings("unchecked")
    private Grid<PaymentSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("payments"));
    }

    @SuppressWarnings("unchecked")
    private void filter(PaymentStatus status) {
        _get(Select.class, spec -> spec.withId("status")).setValue(status);
    }

    /** The row of the project's first instalment, -1 when it is filtered out. */
    private int row() {
        List<PaymentSummary> rows = GridKt._findAll(grid());
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == first.id()) {
                return i;
            }
        }
        return -1;
    }

    private Component action() {
        return GridKt._getCellComponent(grid(), row(), "actions");
    }
}
