package fi.avustus.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.avustus.programme.ProgrammeSummary;
import fi.avustus.programme.Programmes;
import fi.avustus.report.AuditReason;
import fi.avustus.report.AuditResult;
import fi.avustus.report.AuditSampling;
import fi.avustus.report.AuditSummary;
import fi.avustus.report.Audits;
import fi.avustus.security.Roles;
import fi.avustus.shared.Money;
import fi.avustus.shared.Validator;
import fi.avustus.ui.FormFields;
import fi.avustus.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Administrators pick a programme's submitted final reports for audit, at random or by risk, and
 * record each audit's result; costs found ineligible reduce the project's settlement.
 */
@Route("audits")
@Menu(title = "menu.audits", order = 33)
@RolesAllowed(Roles.ADMIN)
public class AuditsView extends VerticalLayout implements HasDynamicTitle {

    private static final Set<AuditReason> RISKS = EnumSet.of(AuditReason.LARGE_GRANT, AuditReason.LATE_REPORT,
            AuditReason.DEVIATION);

    private final transient Audits audits;
    private final Select<ProgrammeSummary> programme = new Select<>();
    private final Grid<AuditSummary> grid = new Grid<>();

    public AuditsView(Audits audits, Programmes programmes) {
        this.audits = audits;
        setMaxWidth("70rem");
        add(new H2(getTranslation("reportAudit.title")), new Paragraph(getTranslation("reportAudit.help")));
        programme.setId("programme");
        programme.setLabel(getTranslation("reportAudit.programme"));
        programme.setItems(programmes.active());
        programme.setItemLabelGenerator(candidate -> candidate.name(getLocale()));
        programme.addValueChangeListener(change -> refresh());
        add(programme, sampling());
        grid.setId("audits");
        grid.getElement().setAttribute("aria-label", getTranslation("reportAudit.list"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("reportAudit.none"));
        grid.addComponentColumn(audit -> new Anchor("reports/" + audit.reportId(), getTranslation("report.kind.FINAL")
                + " #" + audit.reportId())).setHeader(getTranslation("reportAudit.report"));
        grid.addComponentColumn(audit -> new Anchor("projects/" + audit.projectId(), String.valueOf(audit.projectId())))
                .setHeader(getTranslation("reportAudit.project")).setAutoWidth(true);
        grid.addColumn(audit -> getTranslation("reportAudit.reason." + audit.reason())).setHeader(getTranslation("reportAudit.reason"));
        grid.addColumn(audit -> audit.result() == null ? getTranslation("reportAudit.result.pending")
                : getTranslation("reportAudit.result." + audit.result())).setHeader(getTranslation("reportAudit.result"));
        grid.addColumn(audit -> audit.ineligibleCosts() == null ? "" : Money.format(audit.ineligibleCosts(), getLocale()))
                .setHeader(getTranslation("reportAudit.ineligibleCosts"));
        grid.addComponentColumn(this::action).setKey("actions").setHeader(getTranslation("reportAudit.actions")).setAutoWidth(true);
        add(new H3(getTranslation("reportAudit.list")), grid);
    }

    private Component sampling() {
        FormLayout form = new FormLayout();
        FormFields fields = new FormFields(form);
        RadioButtonGroup<Boolean> random = new RadioButtonGroup<>(getTranslation("reportAudit.method"));
        random.setId("method");
        random.setItems(true, false);
        random.setItemLabelGenerator(value -> getTranslation(value ? "reportAudit.method.random" : "reportAudit.method.risk"));
        random.setValue(true);
        IntegerField percent = fields.register("percent", new IntegerField(getTranslation("reportAudit.percent")));
        percent.setSuffixComponent(new Span("%"));
        percent.setValue(10);
        CheckboxGroup<AuditReason> risks = new CheckboxGroup<>(getTranslation("reportAudit.risks"));
        risks.setId("risks");
        risks.setItems(RISKS);
        risks.setItemLabelGenerator(reason -> getTranslation("reportAudit.reason." + reason));
        BigDecimalField largeGrantFrom = fields.register("largeGrantFrom", new BigDecimalField(getTranslation("reportAudit.largeGrantFrom")));
        largeGrantFrom.setSuffixComponent(new Span("€"));
        IntegerField deviation = fields.register("deviationPercent", new IntegerField(getTranslation("reportAudit.deviationPercent")));
        deviation.setSuffixComponent(new Span("%"));
        deviation.setValue(20);
        Runnable show = () -> {
            boolean byChance = Boolean.TRUE.equals(random.getValue());
            percent.setVisible(byChance);
            risks.setVisible(!byChance);
            largeGrantFrom.setVisible(!byChance);
            deviation.setVisible(!byChance);
        };
        random.addValueChangeListener(change -> show.run());
        show.run();
        Button pick = new Button(getTranslation("reportAudit.pick"), click -> {
            if (programme.getValue() == null) {
                Notifications.error(getTranslation("reportAudit.programme.required"));
                return;
            }
            boolean byChance = Boolean.TRUE.equals(random.getValue());
            fields.save(() -> audits.sample(new AuditSampling(programme.getValue().id(), percent.getValue(),
                    byChance ? Set.of() : risks.getValue(), largeGrantFrom.getValue(), deviation.getValue())))
                    .ifPresent(picked -> {
                        Notifications.success(getTranslation("reportAudit.picked", picked.size()));
                        refresh();
                    });
        });
        pick.setId("pick");
        pick.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(random, percent, risks, largeGrantFrom, deviation, pick);
        form.setColspan(random, 2);
        form.setColspan(risks, 2);
        return form;
    }

    private Component action(AuditSummary audit) {
        if (audit.result() != null) {
            return new Span();
        }
        Button record = new Button(getTranslation("reportAudit.record"), click -> recordDialog(audit).open());
        record.setId("record-" + audit.id());
        return record;
    }

    private Dialog recordDialog(AuditSummary audit) {
        Dialog dialog = new Dialog(getTranslation("reportAudit.record"));
        FormLayout form = new FormLayout();
        FormFields fields = new FormFields(form);
        Select<AuditResult> result = fields.register("result", new Select<>());
        result.setLabel(getTranslation("reportAudit.result"));
        result.setItems(AuditResult.values());
        result.setItemLabelGenerator(value -> getTranslation("reportAudit.result." + value));
        result.setValue(AuditResult.NO_FINDINGS);
        BigDecimalField ineligible = fields.register("ineligibleCosts", new BigDecimalField(getTranslation("reportAudit.ineligibleCosts")));
        ineligible.setSuffixComponent(new Span("€"));
        TextArea findings = fields.register("findings", new TextArea(getTranslation("reportAudit.findings")));
        findings.setMaxLength(Validator.TEXT_MAX);
        Button save = new Button(getTranslation("reportAudit.save"), click -> fields.save(() -> audits.record(audit.id(),
                result.getValue(), ineligible.getValue(), findings.getValue(), audit.version())).ifPresent(saved -> {
                    Notifications.success(getTranslation("reportAudit.recorded"));
                    dialog.close();
                    refresh();
                }));
        save.setId("save-result");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(result, ineligible, findings);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("reportAudit.cancel"), click -> dialog.close()), save);
        return dialog;
    }

    private void refresh() {
        grid.setItems(programme.getValue() == null ? List.of() : audits.ofProgramme(programme.getValue().id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reportAudit.title") + " – " + getTranslation("app.title");
    }
}
