package fi.avustus.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.Route;
import fi.avustus.audit.AuditLog;
import fi.avustus.organisation.OrganisationType;
import fi.avustus.programme.CallForm;
import fi.avustus.programme.CallStatus;
import fi.avustus.programme.Calls;
import fi.avustus.programme.Programmes;
import fi.avustus.programme.internal.Call;
import fi.avustus.security.Roles;
import fi.avustus.ui.EditPage;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A call's page: a draft can be saved with gaps and published once complete; publishing shows
 * every reason it is refused on the fields concerned.
 */
@Route("admin/calls")
@RolesAllowed(Roles.ADMIN)
public class CallEditView extends EditPage<CallForm> {

    /** {@code admin/calls/new?programme=<id>} starts a call in that programme. */
    static final String PROGRAMME_PARAMETER = "programme";

    private final transient Calls calls;
    private final transient Programmes programmes;
    private final IdChooser programme;
    private final Button publish = new Button();
    private Span status = new Span();
    private Long preselectedProgramme;
    private CallStatus loadedStatus = CallStatus.DRAFT;
    private boolean loadedArchived;

    public CallEditView(Calls calls, Programmes programmes, AuditLog auditLog) {
        super(CallForm.class, "call", CallListView.class, auditLog, Call.class);
        this.calls = calls;
        this.programmes = programmes;
        Fields build = new Fields(fields, this, "call");

        programme = build.chooser("programmeId", true);
        Map<Long, String> choices = new LinkedHashMap<>();
        programmes.active().forEach(active -> choices.put(active.id(), active.name(getLocale())));
        programme.setChoices(choices);
        TextField titleFi = build.text("titleFi", true);
        TextField titleSv = build.text("titleSv", true);
        TextField titleEn = build.text("titleEn", true);
        DateTimePicker openFrom = build.dateTime("openFrom", true);
        DateTimePicker openUntil = build.dateTime("openUntil", true);
        BigDecimalField budget = build.money("budget", true);
        BigDecimalField maxGrant = build.money("maxGrant", true);
        BigDecimalField selfFinancing = build.percent("minSelfFinancingPercent", true);
        MultiSelectComboBox<OrganisationType> eligibleTypes =
                build.register("eligibleTypes", new MultiSelectComboBox<>(build.label("eligibleTypes")), true);
        eligibleTypes.setItems(OrganisationType.values());
        eligibleTypes.setItemLabelGenerator(type -> getTranslation("organisation.type." + type));
        CriteriaField criteria = build.register("criteria", new CriteriaField(build.label("criteria")), true);
        Checkbox assessAfterClose = new Checkbox(getTranslation("call.assessAfterClose"));
        assessAfterClose.setId("assessAfterClose");
        IntegerField reviewers = build.integer("reviewersPerApplication", true);
        reviewers.setMin(1);
        reviewers.setMax(10);
        reviewers.setStepButtonsVisible(true);

        binder.forField(programme).bind(CallForm::getProgrammeId, CallForm::setProgrammeId);
        binder.forField(titleFi).bind(CallForm::getTitleFi, CallForm::setTitleFi);
        binder.forField(titleSv).bind(CallForm::getTitleSv, CallForm::setTitleSv);
        binder.forField(titleEn).bind(CallForm::getTitleEn, CallForm::setTitleEn);
        binder.forField(openFrom).bind(CallForm::getOpenFrom, CallForm::setOpenFrom);
        binder.forField(openUntil).bind(CallForm::getOpenUntil, CallForm::setOpenUntil);
        binder.forField(budget).bind(CallForm::getBudget, CallForm::setBudget);
        binder.forField(maxGrant).bind(CallForm::getMaxGrant, CallForm::setMaxGrant);
        binder.forField(selfFinancing).bind(CallForm::getMinSelfFinancingPercent, CallForm::setMinSelfFinancingPercent);
        binder.forField(eligibleTypes).bind(CallForm::getEligibleTypes, CallForm::setEligibleTypes);
        binder.forField(criteria).bind(CallForm::getCriteria, CallForm::setCriteria);
        binder.forField(assessAfterClose).bind(CallForm::isAssessAfterClose, CallForm::setAssessAfterClose);
        binder.forField(reviewers).bind(CallForm::getReviewersPerApplication, CallForm::setReviewersPerApplication);

        form.add(programme, 2);
        form.add(titleFi, titleSv, titleEn);
        form.add(openFrom, openUntil, budget, maxGrant, selfFinancing, eligibleTypes);
        form.add(criteria, 2);
        form.add(reviewers, assessAfterClose);

        publish.setText(getTranslation("call.publish"));
        publish.setIcon(VaadinIcon.GLOBE.create());
        publish.setId("publish");
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        publish.addClickListener(click -> saveAndThen(calls::publish, "call.published"));
        addAction(publish);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        preselectedProgramme = event.getLocation().getQueryParameters().getSingleParameter(PROGRAMME_PARAMETER)
                .filter(value -> value.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
        loadedStatus = CallStatus.DRAFT;
        loadedArchived = false;
        super.setParameter(event, parameter);
    }

    @Override
    protected Optional<Loaded<CallForm>> load(long id) {
        return calls.find(id).map(call -> {
            loadedStatus = call.status();
            loadedArchived = call.archived();
            programme.include(call.programmeId(), call.programmeName().in(getLocale()));
            return new Loaded<>(CallForm.of(call), call.title(getLocale()), call.archived());
        });
    }

    @Override
    protected void afterLoad(CallForm form) {
        // The status sits right under the heading, where it is seen before anything is edited.
        Span shown = StatusBadge.of(this, loadedStatus, loadedArchived);
        shown.setId("call-status");
        if (status.getParent().isPresent()) {
            replace(status, shown);
        } else {
            addComponentAtIndex(1, shown);
        }
        status = shown;
        publish.setVisible(loadedStatus == CallStatus.DRAFT && !loadedArchived);
    }

    @Override
    protected CallForm newForm() {
        CallForm form = new CallForm();
        if (preselectedProgramme != null && programme.knows(preselectedProgramme)) {
            form.setProgrammeId(preselectedProgramme);
        }
        return form;
    }

    @Override
    protected long create(CallForm form) {
        return calls.create(form).id();
    }

    @Override
    protected void update(long id, CallForm form) {
        calls.update(id, form);
    }

    @Override
    protected void archive(long id, boolean archived) {
        calls.archive(id, archived);
    }
}
