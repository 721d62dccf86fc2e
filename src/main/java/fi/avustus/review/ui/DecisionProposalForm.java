package fi.avustus.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import fi.avustus.review.AcceptedCostLine;
import fi.avustus.review.DecisionForm;
import fi.avustus.review.DecisionStatus;
import fi.avustus.review.DecisionSummary;
import fi.avustus.review.Decisions;
import fi.avustus.review.Instalment;
import fi.avustus.review.PaymentPlan;
import fi.avustus.review.ReportingSchedule;
import fi.avustus.review.internal.DecisionRules;
import fi.avustus.shared.Money;
import fi.avustus.shared.Validator;
import fi.avustus.ui.DatePickers;
import fi.avustus.ui.FormFields;
import fi.avustus.ui.Notifications;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The presenter's decision proposal for one application: granted or not, amount, usage period,
 * the application's cost lines to accept or cut (with live totals), conditions, the reporting
 * schedule and other reporting duties, payment plan with its live sum, justification and the
 * letter's language. A returned proposal opens with the decision maker's comment. A presenter who
 * only decides, sets the amount and period, picks the standard payment plan and justifies gets a
 * valid proposal: every line accepted as applied for and the schedule's defaults.
 */
public class DecisionProposalForm extends Composite<VerticalLayout> {

    private final transient Decisions decisions;
    private final Binder<DecisionForm> binder = new Binder<>(DecisionForm.class);
    private final FormFields fields = new FormFields(this);
    private final FormLayout grantFields = new FormLayout();
    private final RadioButtonGroup<Boolean> positive = new RadioButtonGroup<>();
    private final BigDecimalField grantedAmount = new BigDecimalField();
    private final DatePicker usageStart = DatePickers.localised(new DatePicker());
    private final DatePicker usageEnd = DatePickers.localised(new DatePicker());
    private final AcceptedCostsField costLines;
    private final ReportingScheduleFields schedule;
    private final PaymentPlanField instalments;
    private transient Consumer<DecisionSummary> onProposed = proposed -> { };
    private DecisionForm form;

    /**
     * @param appliedCosts the application's budget lines, each accepted as applied for: the lines
     *                     of a new proposal, or of a returned one that has none of its own
     */
    public DecisionProposalForm(Decisions decisions, long applicationId, long callId, long organisationId,
                                BigDecimal requestedAmount, String language, List<AcceptedCostLine> appliedCosts) {
        this.decisions = decisions;
        this.costLines = new AcceptedCostsField(getTranslation("decision.acceptedCosts"));
        this.schedule = new ReportingScheduleFields(this::getTranslation, getLocale());
        this.instalments = new PaymentPlanField(getTranslation("decision.instalments"), this::standardPlan);
        Optional<DecisionSummary> existing = decisions.ofApplication(applicationId);
        VerticalLayout content = getContent();
        content.add(new H3(getTranslation("decision.proposal.title")));
        if (existing.isPresent() && existing.get().status() == DecisionStatus.APPROVED) {
            content.add(new Paragraph(getTranslation("decision.alreadyApproved")));
            return;
        }
        form = existing.map(DecisionForm::of).orElseGet(DecisionForm::new);
        form.setApplicationId(applicationId);
        form.setCallId(callId);
        form.setOrganisationId(organisationId);
        form.setRequestedAmount(requestedAmount);
        if (existing.isEmpty()) {
            form.setLanguage(language);
        }
        if (form.getCostLines().isEmpty()) {
            form.setCostLines(appliedCosts);
        }
        existing.filter(found -> found.status() == DecisionStatus.RETURNED).ifPresent(returned -> {
            Paragraph comment = new Paragraph(getTranslation("decision.returnedWith", returned.returnComment()));
            comment.setId("return-comment");
            content.add(comment);
        });
        content.add(new Paragraph(getTranslation("decision.requested", Money.format(requestedAmount, getLocale()))));
        buildFields();
        binder.readBean(form);
        instalments.setValue(form.getInstalments());
        showGrantFields();
        followUsagePeriod();
    }

    /** Called after a successful proposal, e.g. to complete the process task. */
    public void setOnProposed(Consumer<DecisionSummary> onProposed) {
        this.onProposed = onProposed;
    }

    private void buildFields() {
        register("positive", positive);
        positive.setLabel(getTranslation("decision.positive"));
        positive.setItems(Boolean.TRUE, Boolean.FALSE);
        positive.setItemLabelGenerator(granted -> getTranslation("decision.positive." + granted));
        positive.addValueChangeListener(change -> showGrantFields());
        binder.forField(positive).bind(DecisionForm::getPositive, DecisionForm::setPositive);
        Select<String> language = register("language", new Select<>());
        language.setLabel(getTranslation("decision.language"));
        language.setItems(DecisionRules.LETTER_LANGUAGES.stream().sorted().toList());
        language.setItemLabelGenerator(code -> getTranslation("decision.language." + code));
        binder.forField(language).bind(DecisionForm::getLanguage, DecisionForm::setLanguage);

        grantedAmount.setLabel(getTranslation("decision.grantedAmount"));
        grantedAmount.setValueChangeMode(ValueChangeMode.EAGER);
        grantedAmount.addValueChangeListener(change -> instalments.setGranted(change.getValue()));
        bind("grantedAmount", grantedAmount, DecisionForm::getGrantedAmount, DecisionForm::setGrantedAmount);
        usageStart.setLabel(getTranslation("decision.usageStart"));
        usageEnd.setLabel(getTranslation("decision.usageEnd"));
        usageStart.setLocale(getLocale());
        usageEnd.setLocale(getLocale());
        bind("usageStart", usageStart, DecisionForm::getUsageStart, DecisionForm::setUsageStart);
        bind("usageEnd", usageEnd, DecisionForm::getUsageEnd, DecisionForm::setUsageEnd);
        grantFields.add(grantedAmount, usageStart, usageEnd);
        bind("costLines", costLines, DecisionForm::getCostLines, DecisionForm::setCostLines);
        grantFields.add(costLines, 2);
        grantFields.add(text("conditions", DecisionForm::getConditions, DecisionForm::setConditions), 2);
        bind("finalReportDue", schedule.finalReportDue(), DecisionForm::getFinalReportDue,
                DecisionForm::setFinalReportDue);
        bind("interimReports", schedule.interimReports(), DecisionForm::getInterimReports,
                DecisionForm::setInterimReports);
        grantFields.add(schedule.finalReportDue());
        grantFields.add(schedule.interimReports(), 2);
        grantFields.add(text("reportingDuties", DecisionForm::getReportingDuties, DecisionForm::setReportingDuties), 2);
        grantFields.add(register("instalments", instalments), 2);
        grantFields.setId("grant-fields");
        grantFields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        TextArea justification = text("justification", DecisionForm::getJustification, DecisionForm::setJustification);
        Button propose = new Button(getTranslation("decision.propose"), click -> propose());
        propose.setId("propose");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getContent().add(positive, language, grantFields, justification, propose);
    }

    private <V, C extends HasValue<?, V> & HasValidation> void bind(
            String name, C field, ValueProvider<DecisionForm, V> getter,
            Setter<DecisionForm, V> setter) {
        register(name, field);
        binder.forField(field).bind(getter, setter);
    }

    private TextArea text(String name, ValueProvider<DecisionForm, String> getter,
                          Setter<DecisionForm, String> setter) {
        TextArea area = new TextArea(getTranslation("decision." + name));
        area.setWidthFull();
        area.setMaxLength(Validator.TEXT_MAX);
        bind(name, area, getter, setter);
        return area;
    }

    private <C extends HasValidation> C register(String name, C field) {
        return fields.register(name, field);
    }

    /** A refusal has no amount, period or payments: the fields are hidden, and not sent. */
    private void showGrantFields() {
        grantFields.setVisible(!Boolean.FALSE.equals(positive.getValue()));
    }

    /**
     * The presenter's changes of the usage period move the schedule's dates that are still at
     * their defaults; listening only from now on, so that reading a stored proposal moves nothing.
     */
    private void followUsagePeriod() {
        usageStart.addValueChangeListener(change -> schedule.usagePeriodChanged(change.getOldValue(),
                usageEnd.getValue(), change.getValue(), usageEnd.getValue()));
        usageEnd.addValueChangeListener(change -> schedule.usagePeriodChanged(usageStart.getValue(),
                change.getOldValue(), usageStart.getValue(), change.getValue()));
    }

    /** 60/40, the last instalment when the final report is due (its default while the picker is empty). */
    private List<Instalment> standardPlan() {
        if (grantedAmount.getValue() == null || usageStart.getValue() == null) {
            return instalments.getValue();
        }
        LocalDate finalReport = schedule.finalReportDue().getValue();
        return PaymentPlan.standard(grantedAmount.getValue(), usageStart.getValue(),
                finalReport != null ? finalReport : ReportingSchedule.standardFinalReportDue(usageEnd.getValue()));
    }

    private void propose() {
        binder.writeBeanAsDraft(form, true);
        form.setInstalments(instalments.getValue());
        if (Boolean.FALSE.equals(form.getPositive())) {
            form.setGrantedAmount(null);
            form.setInstalments(List.of());
        }
        List<BigDecimalField> rows = instalments.amountFields();
        for (int i = 0; i < rows.size(); i++) {
            fields.register(DecisionRules.instalmentField(i), rows.get(i));
        }
        List<BigDecimalField> lines = costLines.acceptedFields();
        for (int i = 0; i < lines.size(); i++) {
            fields.register(DecisionRules.costLineField(i), lines.get(i));
        }
        fields.save(() -> decisions.propose(form)).ifPresent(proposed -> {
            form.setVersion(proposed.version());
            Notifications.success(getTranslation("decision.proposed"));
            onProposed.accept(proposed);
        });
    }
}
