package fi.avustus.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.avustus.report.ReportSummary;
import fi.avustus.report.Reports;
import fi.avustus.report.process.ProjectReportingProcess;
import fi.avustus.report.process.ProjectReportingProcess.Elements;
import fi.avustus.report.process.ReportingFlow;
import fi.avustus.report.process.ReportingFlow.ReportingTask;
import fi.avustus.security.Roles;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Time;
import fi.avustus.shared.Validator;
import fi.avustus.ui.DatePickers;
import fi.avustus.ui.FormFields;
import fi.avustus.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;

/**
 * An official's task on a report: the review of an interim report, or the content or the
 * financial check of a final report. The report reads above the decision; deciding completes
 * the task and returns to the inbox.
 */
@Route("tasks/project-reporting/:taskId")
@RolesAllowed(Roles.OFFICIAL)
public class ReportingTaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE_PREFIX = "tasks/" + ProjectReportingProcess.KEY + "/";

    private final transient ReportingFlow flow;
    private final transient Reports reports;
    private final H2 heading = new H2();

    public ReportingTaskView(ReportingFlow flow, Reports reports) {
        this.flow = flow;
        this.reports = reports;
        setMaxWidth("60rem");
    }

    static boolean hasScreen(String element) {
        return Elements.REVIEW_REPORT.equals(element) || Elements.CHECK_CONTENT.equals(element)
                || Elements.CHECK_FINANCES.equals(element);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String taskId = event.getRouteParameters().get("taskId").orElseThrow(NotFoundException::new);
        ReportingTask task;
        try {
            task = flow.task(taskId);
        } catch (DomainException gone) {
            throw new NotFoundException();
        }
        if (!hasScreen(task.element()) || task.reportId() == null) {
            throw new NotFoundException();
        }
        ReportSummary report = reports.find(task.reportId()).orElseThrow(NotFoundException::new);
        removeAll();
        heading.setText(getTranslation("task." + ProjectReportingProcess.KEY + "." + task.element()) + ": "
                + ReportView.title(this, report));
        add(heading, decision(task, report), new ReportContentView(report, reports));
    }

    private Component decision(ReportingTask task, ReportSummary report) {
        FormLayout form = new FormLayout();
        form.setId("decision");
        FormFields fields = new FormFields(form);
        RadioButtonGroup<Boolean> outcome = new RadioButtonGroup<>(getTranslation("report.decision." + task.element()));
        outcome.setId("outcome");
        outcome.setItems(true, false);
        outcome.setItemLabelGenerator(passed -> getTranslation(passed ? "report.decision.pass" : "report.decision.return"));
        outcome.setValue(true);
        BigDecimalField acceptedCosts = new BigDecimalField(getTranslation("report.acceptedCosts"));
        acceptedCosts.setSuffixComponent(new Span("€"));
        acceptedCosts.setHelperText(getTranslation("report.acceptedCosts.help"));
        acceptedCosts.setValue(reports.reportedSpent(report.projectId()));
        TextArea comment = new TextArea(getTranslation("report.decision.comment"));
        comment.setMaxLength(Validator.TEXT_MAX);
        DatePicker completionDue = DatePickers.localised(new DatePicker(getTranslation("report.decision.completionDue")));
        completionDue.setHelperText(getTranslation("report.decision.completionDue.help", ReportingFlow.DEFAULT_COMPLETION_DAYS));
        completionDue.setMin(LocalDate.now(Time.HELSINKI).plusDays(1));
        fields.register("acceptedCosts", acceptedCosts);
        fields.register("comment", comment);
        fields.register("completionDue", completionDue);
        boolean financial = Elements.CHECK_FINANCES.equals(task.element());
        Runnable show = () -> {
            boolean passing = Boolean.TRUE.equals(outcome.getValue());
            acceptedCosts.setVisible(financial && passing);
            completionDue.setVisible(!passing);
        };
        outcome.addValueChangeListener(change -> show.run());
        show.run();
        Button done = new Button(getTranslation("report.decision.save"), click -> fields.save(() -> {
            boolean passed = Boolean.TRUE.equals(outcome.getValue());
            switch (task.element()) {
                case Elements.REVIEW_REPORT -> flow.review(task.id(), passed, comment.getValue(), completionDue.getValue());
                case Elements.CHECK_CONTENT -> flow.checkContent(task.id(), passed, comment.getValue(), completionDue.getValue());
                default -> flow.checkFinances(task.id(), passed, acceptedCosts.getValue(), comment.getValue(),
                        completionDue.getValue());
            }
            return passed;
        }).ifPresent(passed -> {
            Notifications.success(getTranslation(passed ? "report.decision.passed" : "report.decision.returned"));
            getUI().ifPresent(ui -> ui.navigate("tasks"));
        }));
        done.setId("decide");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(outcome, acceptedCosts, comment, completionDue, done);
        form.setColspan(outcome, 2);
        form.setColspan(comment, 2);
        return form;
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " – " + getTranslation("app.title");
    }
}
