package fi.avustus.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import fi.avustus.audit.AuditLog;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.ProgrammeForm;
import fi.avustus.programme.Programmes;
import fi.avustus.programme.internal.Programme;
import fi.avustus.security.Roles;
import fi.avustus.ui.EditPage;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A programme's page: its details, editable by administrators, its calls and its change history. */
@Route("admin/programmes")
@RolesAllowed(Roles.ADMIN)
public class ProgrammeEditView extends EditPage<ProgrammeForm> {

    private final transient Programmes programmes;
    private final transient Calls calls;
    private final transient Organisations organisations;
    private final IdChooser funder;
    private final Grid<CallSummary> callGrid = new Grid<>(CallSummary.class, false);
    private final VerticalLayout callSection = new VerticalLayout();

    public ProgrammeEditView(Programmes programmes, Calls calls, Organisations organisations, AuditLog auditLog) {
        super(ProgrammeForm.class, "programme", ProgrammeListView.class, auditLog, Programme.class);
        this.programmes = programmes;
        this.calls = calls;
        this.organisations = organisations;
        Fields build = new Fields(fields, this, "programme");

        funder = build.chooser("funderId", true);
        Map<Long, String> funders = new LinkedHashMap<>();
        organisations.active().forEach(organisation -> funders.put(organisation.id(), organisation.name(getLocale())));
        funder.setChoices(funders);
        TextField nameFi = build.text("nameFi", true);
        TextField nameSv = build.text("nameSv", true);
        TextField nameEn = build.text("nameEn", true);
        TextArea descriptionFi = build.area("descriptionFi");
        TextArea descriptionSv = build.area("descriptionSv");
        TextArea descriptionEn = build.area("descriptionEn");
        BigDecimalField totalBudget = build.money("totalBudget", true);
        DatePicker periodStart = build.date("periodStart", true);
        DatePicker periodEnd = build.date("periodEnd", true);
        TextField themes = build.text("themes", false);
        themes.setMaxLength(Integer.MAX_VALUE);
        themes.setHelperText(getTranslation("programme.themes.help"));
        IntegerField interimReports = build.integer("interimReportsPerYear", true);
        interimReports.setHelperText(getTranslation("programme.interimReportsPerYear.help"));
        TextField reminderDays = build.text("reminderDaysBefore", true);
        reminderDays.setHelperText(getTranslation("programme.reminderDaysBefore.help"));
        IntegerField escalationDays = build.integer("escalationDaysAfter", true);
        escalationDays.setHelperText(getTranslation("programme.escalationDaysAfter.help"));
        IntegerField changeThreshold = build.integer("changeThresholdPercent", true);
        changeThreshold.setSuffixComponent(new Span("%"));
        changeThreshold.setHelperText(getTranslation("programme.changeThresholdPercent.help"));
        BigDecimalField recoveryThreshold = build.money("recoveryThreshold", true);
        recoveryThreshold.setHelperText(getTranslation("programme.recoveryThreshold.help"));
        BigDecimalField referenceRate = build.percent("referenceRatePercent", true);
        referenceRate.setHelperText(getTranslation("programme.referenceRatePercent.help"));

        binder.forField(funder).bind(ProgrammeForm::getFunderId, ProgrammeForm::setFunderId);
        binder.forField(nameFi).bind(ProgrammeForm::getNameFi, ProgrammeForm::setNameFi);
        binder.forField(nameSv).bind(ProgrammeForm::getNameSv, ProgrammeForm::setNameSv);
        binder.forField(nameEn).bind(ProgrammeForm::getNameEn, ProgrammeForm::setNameEn);
        binder.forField(descriptionFi).bind(ProgrammeForm::getDescriptionFi, ProgrammeForm::setDescriptionFi);
        binder.forField(descriptionSv).bind(ProgrammeForm::getDescriptionSv, ProgrammeForm::setDescriptionSv);
        binder.forField(descriptionEn).bind(ProgrammeForm::getDescriptionEn, ProgrammeForm::setDescriptionEn);
        binder.forField(totalBudget).bind(ProgrammeForm::getTotalBudget, ProgrammeForm::setTotalBudget);
        binder.forField(periodStart).bind(ProgrammeForm::getPeriodStart, ProgrammeForm::setPeriodStart);
        binder.forField(periodEnd).bind(ProgrammeForm::getPeriodEnd, ProgrammeForm::setPeriodEnd);
        binder.forField(themes).withConverter(ProgrammeForm::splitThemes, ProgrammeForm::joinThemes)
                .bind(ProgrammeForm::getThemes, ProgrammeForm::setThemes);
        binder.forField(interimReports).bind(ProgrammeForm::getInterimReportsPerYear, ProgrammeForm::setInterimReportsPerYear);
        binder.forField(reminderDays).bind(ProgrammeForm::getReminderDaysBefore, ProgrammeForm::setReminderDaysBefore);
        binder.forField(escalationDays).bind(ProgrammeForm::getEscalationDaysAfter, ProgrammeForm::setEscalationDaysAfter);
        binder.forField(changeThreshold).bind(ProgrammeForm::getChangeThresholdPercent, ProgrammeForm::setChangeThresholdPercent);
        binder.forField(recoveryThreshold).bind(ProgrammeForm::getRecoveryThreshold, ProgrammeForm::setRecoveryThreshold);
        binder.forField(referenceRate).bind(ProgrammeForm::getReferenceRatePercent, ProgrammeForm::setReferenceRatePercent);

        form.add(funder, 2);
        form.add(nameFi, nameSv, nameEn);
        form.add(descriptionFi, 2);
        form.add(descriptionSv, 2);
        form.add(descriptionEn, 2);
        form.add(totalBudget, periodStart, periodEnd);
        form.add(themes, 2);
        form.add(interimReports, reminderDays, escalationDays);
        form.add(changeThreshold, recoveryThreshold, referenceRate);
        addCallSection();
    }

    /** The programme's calls below its form, with a button that starts a new call in this programme. */
    private void addCallSection() {
        callGrid.setId("programme-calls");
        callGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        callGrid.setAllRowsVisible(true);
        CallColumns.addTo(callGrid, this, getLocale(), false);
        callGrid.getColumns().forEach(column -> column.setSortable(false));
        callGrid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(CallEditView.class, String.valueOf(click.getItem().id()))));
        Button newCall = new Button(getTranslation("programme.newCall"), VaadinIcon.PLUS.create(), click ->
                getUI().ifPresent(ui -> ui.navigate(CallEditView.class, "new",
                        QueryParameters.of(CallEditView.PROGRAMME_PARAMETER, String.valueOf(entityId())))));
        newCall.setId("new-call");
        callSection.setPadding(false);
        callSection.add(new H3(getTranslation("programme.calls")), callGrid, newCall);
        add(callSection);
    }

    @Override
    protected Optional<Loaded<ProgrammeForm>> load(long id) {
        return programmes.find(id).map(programme ->
                new Loaded<>(ProgrammeForm.of(programme), programme.name(getLocale()), programme.archived()));
    }

    @Override
    protected void afterLoad(ProgrammeForm form) {
        if (form.getFunderId() != null && !funder.knows(form.getFunderId())) {
            organisations.findAll(Set.of(form.getFunderId())).stream().findFirst()
                    .ifPresent(organisation -> funder.include(organisation.id(), organisation.name(getLocale())));
            funder.setValue(form.getFunderId());
        }
        Long id = entityId();
        callSection.setVisible(id != null);
        callGrid.setItems(id == null ? List.of() : calls.ofProgramme(id));
    }

    @Override
    protected ProgrammeForm newForm() {
        return new ProgrammeForm();
    }

    @Override
    protected long create(ProgrammeForm form) {
        return programmes.create(form).id();
    }

    @Override
    protected void update(long id, ProgrammeForm form) {
        programmes.update(id, form);
    }

    @Override
    protected void archive(long id, boolean archived) {
        programmes.archive(id, archived);
    }
}
