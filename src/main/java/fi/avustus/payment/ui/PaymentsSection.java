package fi.avustus.payment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fi.avustus.payment.PaymentSummary;
import fi.avustus.payment.Payments;
import fi.avustus.project.ProjectSections;
import fi.avustus.project.ProjectSummary;
import fi.avustus.shared.Money;
import fi.avustus.shared.Time;
import java.util.Locale;

/** The project's instalments on its page: what is planned, approved and paid, with the reference. */
@org.springframework.stereotype.Component
class PaymentsSection implements ProjectSections {

    private final Payments payments;

    PaymentsSection(Payments payments) {
        this.payments = payments;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Component section(ProjectSummary project, Locale locale) {
        VerticalLayout section = new VerticalLayout();
        section.setId("project-payments");
        section.setPadding(false);
        section.add(new H3(section.getTranslation("payment.project.title")));
        Grid<PaymentSummary> grid = new Grid<>();
        grid.setId("project-instalments");
        grid.getElement().setAttribute("aria-label", section.getTranslation("payment.project.title"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(PaymentSummary::sequence).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(instalment -> Time.formatDate(instalment.dueDate())).setHeader(section.getTranslation("payment.dueDate"));
        grid.addColumn(instalment -> Money.format(instalment.amount(), locale)).setHeader(section.getTranslation("payment.amount"));
        grid.addColumn(instalment -> section.getTranslation("payment.status." + instalment.status()))
                .setHeader(section.getTranslation("payment.project.status"));
        grid.addColumn(PaymentSummary::reference).setHeader(section.getTranslation("payment.reference"));
        grid.setItems(payments.ofProject(project.id()));
        section.add(grid);
        return section;
    }
}
