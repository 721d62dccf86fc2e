package fi.avustus.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.avustus.report.ReportContent;
import fi.avustus.report.ReportContent.CostLine;
import fi.avustus.report.ReportContent.IndicatorValue;
import fi.avustus.report.ReportContent.ObjectiveProgress;
import fi.avustus.report.ReportSummary;
import fi.avustus.report.Reports;
import fi.avustus.security.Roles;
import fi.avustus.shared.Money;
import fi.avustus.shared.Validator;
import fi.avustus.ui.AttachmentsPanel;
import fi.avustus.ui.DatePickers;
import fi.avustus.ui.FormFields;
import fi.avustus.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The applicant writes a report: the period, a summary, progress per objective, indicator values
 * and the period's costs per accepted budget line, and attaches files. Saving keeps an unfinished
 * report; submitting checks it is complete and sends it, with its attachments, to the officials.
 */
@Route("reports/:reportId/edit")
@RolesAllowed(Roles.APPLICANT)
public class ReportEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Reports reports;
    private final H2 heading = new H2();
    private final FormLayout form = new FormLayout();
    private final FormFields fields = new FormFields(form);
    private final DatePicker periodStart = DatePickers.localised(new DatePicker());
    private final DatePicker periodEnd = DatePickers.localised(new DatePicker());
    private final TextArea summary = new TextArea();
    private final List<TextArea> objectives = new ArrayList<>();
    private final VerticalLayout indicatorRows = new VerticalLayout();
    private final List<IndicatorRow> indicators = new ArrayList<>();
    private final List<BigDecimalField> costs = new ArrayList<>();
    private final Paragraph total = new Paragraph();
    private transient ReportSummary report;

    public ReportEditorView(Reports reports) {
        this.reports = reports;
        setMaxWidth("60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long reportId = event.getRouteParameters().getLong("reportId").orElseThrow(NotFoundException::new);
        report = ReportView.visible(reports, reportId);
        if (!report.status().editable()) {
            event.forwardTo("reports/" + reportId);
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        form.removeAll();
        objectives.clear();
        indicators.clear();
        indicatorRows.removeAll();
        costs.clear();
        heading.setText(ReportView.title(this, report));
        add(heading, new Paragraph(getTranslation("report.editor.help")));
        if (report.returnComment() != null) {
            Paragraph returned = new Paragraph(getTranslation("report.returnComment", report.returnComment()));
            returned.setId("return-comment");
            add(returned);
        }
        ReportContent content = report.content();
        periodStart.setLabel(getTranslation("report.periodStart"));
        periodEnd.setLabel(getTranslation("report.periodEnd"));
        periodStart.setValue(content.periodStart());
        periodEnd.setValue(content.periodEnd());
        summary.setLabel(getTranslation("report.summary"));
        summary.setMaxLength(Validator.TEXT_MAX);
        summary.setValue(content.summary() == null ? "" : content.summary());
        fields.register("periodStart", periodStart);
        fields.register("periodEnd", periodEnd);
        fields.register("summary", summary);
        form.add(periodStart, periodEnd, summary);
        form.setColspan(summary, 2);
        add(form);

        if (!content.objectives().isEmpty()) {
            add(new H3(getTranslation("report.objectives")));
            for (int i = 0; i < content.objectives().size(); i++) {
                ObjectiveProgress objective = content.objectives().get(i);
                TextArea progress = new TextArea(objective.objective());
                progress.setMaxLength(Validator.TEXT_MAX);
                progress.setWidthFull();
                progress.setValue(objective.progress() == null ? "" : objective.progress());
                fields.register("objectives." + i, progress);
                objectives.add(progress);
                add(progress);
            }
        }

        add(new H3(getTranslation("report.indicators")), new Paragraph(getTranslation("report.indicators.help")));
        indicatorRows.setPadding(false);
        content.indicators().forEach(this::addIndicator);
        Button addIndicator = new Button(getTranslation("report.indicator.add"), VaadinIcon.PLUS.create(),
                click -> addIndicator(new IndicatorValue(null, null, null, null)));
        addIndicator.setId("indicator-add");
        add(indicatorRows, addIndicator);

        add(new H3(getTranslation("report.costs")), new Paragraph(getTranslation("report.costs.help")));
        for (int i = 0; i < content.costs().size(); i++) {
            CostLine line = content.costs().get(i);
            BigDecimal before = i < report.spentBefore().size() ? report.spentBefore().get(i) : BigDecimal.ZERO;
            BigDecimalField spent = new BigDecimalField(getTranslation("application.category." + line.category()) + " "
                    + line.year() + (line.description() == null ? "" : ": " + line.description()));
            spent.setHelperText(getTranslation("report.cost.help", Money.format(line.accepted(), getLocale()),
                    Money.format(before, getLocale())));
            spent.setSuffixComponent(new com.vaadin.flow.component.html.Span("€"));
            spent.setValue(line.spent());
            spent.setWidthFull();
            spent.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
            spent.addValueChangeListener(change -> showTotal());
            fields.register("costs." + i, spent);
            costs.add(spent);
            add(spent);
        }
        total.setId("report-total");
        showTotal();
        add(total);

        add(new H3(getTranslation("report.attachments")), new Paragraph(getTranslation("report.attachments.help")),
                attachments(report.id()));

        Button save = new Button(getTranslation("report.save"), click -> save(false));
        save.setId("save");
        Button submit = new Button(getTranslation("report.submit"), click -> save(true));
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(save, submit));
    }

    /** Files go in at once, apart from saving: the facade checks and stores each as it comes. */
    private AttachmentsPanel attachments(long reportId) {
        AttachmentsPanel panel = new AttachmentsPanel(new AttachmentsPanel.Callbacks(() -> reports.attachments(reportId),
                (name, content) -> reports.uploadAttachment(reportId, name, content),
                attachmentId -> reports.deleteAttachment(reportId, attachmentId),
                attachmentId -> reports.downloadAttachment(reportId, attachmentId)), true, Reports.ATTACHMENTS_MAX_BYTES);
        panel.refresh();
        return panel;
    }

    private void addIndicator(IndicatorValue value) {
        IndicatorRow row = new IndicatorRow(value);
        indicators.add(row);
        indicatorRows.add(row);
        registerIndicators();
    }

    /** Field names follow the rows' order, so an error lands on the row the server names. */
    private void registerIndicators() {
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorRow row = indicators.get(i);
            fields.register("indicators." + i + ".name", row.name);
            fields.register("indicators." + i + ".unit", row.unit);
            fields.register("indicators." + i + ".target", row.target);
            fields.register("indicators." + i + ".actual", row.actual);
        }
    }

    private void showTotal() {
        total.setText(getTranslation("report.totalSpent") + ": " + Money.format(content().totalSpent(), getLocale()));
    }

    private ReportContent content() {
        ReportContent before = report.content();
        List<ObjectiveProgress> progress = new ArrayList<>();
        for (int i = 0; i < objectives.size(); i++) {
            progress.add(new ObjectiveProgress(before.objectives().get(i).objective(), objectives.get(i).getValue()));
        }
        List<CostLine> lines = new ArrayList<>();
        for (int i = 0; i < costs.size(); i++) {
            CostLine line = before.costs().get(i);
            lines.add(new CostLine(line.category(), line.year(), line.description(), line.accepted(), costs.get(i).getValue()));
        }
        return new ReportContent(periodStart.getValue(), periodEnd.getValue(), summary.getValue(), progress,
                indicators.stream().map(IndicatorRow::value).toList(), lines);
    }

    private void save(boolean submitting) {
        fields.save(() -> submitting ? reports.submit(report.id(), content(), report.version())
                : reports.save(report.id(), content(), report.version())).ifPresent(saved -> {
            report = saved;
            if (submitting) {
                Notifications.success(getTranslation("report.submitted"));
                getUI().ifPresent(ui -> ui.navigate("reports/" + saved.id()));
            } else {
                Notifications.success(getTranslation("report.saved"));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " – " + getTranslation("app.title");
    }

    /** One indicator: what is measured, its unit, target and the value reached. */
    private final class IndicatorRow extends HorizontalLayout {

        private final TextField name = new TextField(getTranslation("report.indicator.name"));
        private final TextField unit = new TextField(getTranslation("report.indicator.unit"));
        private final BigDecimalField target = new BigDecimalField(getTranslation("report.indicator.target"));
        private final BigDecimalField actual = new BigDecimalField(getTranslation("report.indicator.actual"));

        IndicatorRow(IndicatorValue value) {
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            name.setMaxLength(Validator.NAME_MAX);
            unit.setMaxLength(Validator.NAME_MAX);
            name.setValue(value.name() == null ? "" : value.name());
            unit.setValue(value.unit() == null ? "" : value.unit());
            target.setValue(value.target());
            actual.setValue(value.actual());
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                indicators.remove(this);
                indicatorRows.remove(this);
                registerIndicators();
            });
            remove.setAriaLabel(getTranslation("report.indicator.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(name, unit, target, actual, remove);
        }

        IndicatorValue value() {
            return new IndicatorValue(name.getValue(), unit.getValue(), target.getValue(), actual.getValue());
        }
    }
}
