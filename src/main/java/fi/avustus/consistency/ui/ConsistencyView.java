package fi.avustus.consistency.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.avustus.consistency.ConsistencyCheck;
import fi.avustus.consistency.ConsistencyReport;
import fi.avustus.consistency.RuleResult;
import fi.avustus.security.Roles;
import fi.avustus.shared.Time;
import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators check that no case, process, payment or e-mail has been lost or doubled, e.g.
 * after a crash or a restore: each rule with how many cases break it and the first of them.
 */
@Route("admin/consistency")
@Menu(title = "menu.consistency", order = 42)
@RolesAllowed(Roles.ADMIN)
public class ConsistencyView extends VerticalLayout implements HasDynamicTitle {

    private final ConsistencyCheck check;
    private final Paragraph verdict = new Paragraph();
    private final Grid<RuleResult> rules = new Grid<>(RuleResult.class, false);

    public ConsistencyView(ConsistencyCheck check) {
        this.check = check;
        setSizeFull();
        verdict.setId("verdict");
        rules.setId("rules");
        rules.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        rules.setAllRowsVisible(true);
        rules.addColumn(result -> getTranslation(result.rule().titleKey())).setKey("rule")
                .setHeader(getTranslation("consistency.column.rule")).setFlexGrow(2);
        rules.addColumn(result -> getTranslation(result.rule().descriptionKey())).setKey("description")
                .setHeader(getTranslation("consistency.column.description")).setFlexGrow(3);
        rules.addColumn(RuleResult::violations).setKey("violations")
                .setHeader(getTranslation("consistency.column.violations")).setAutoWidth(true).setFlexGrow(0);
        rules.addColumn(result -> String.join(", ", result.examples())).setKey("examples")
                .setHeader(getTranslation("consistency.column.examples")).setFlexGrow(2);
        Button again = new Button(getTranslation("consistency.runAgain"), click -> show(check.run()));
        again.setId("run-again");
        add(new H2(getTranslation("consistency.title")), new Paragraph(getTranslation("consistency.intro")), verdict, again,
                rules);
        show(check.run());
    }

    private void show(ConsistencyReport report) {
        String when = Time.format(report.checkedAt(), getLocale());
        verdict.setText(report.clean() ? getTranslation("consistency.verdict.clean", when)
                : getTranslation("consistency.verdict.broken", when, report.violations()));
        verdict.getStyle().set("font-weight", "bold");
        verdict.getStyle().set("color", report.clean() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        rules.setItems(report.rules());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consistency.title") + " – " + getTranslation("app.title");
    }
}
