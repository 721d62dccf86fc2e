package fi.avustus.organisation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import fi.avustus.audit.AuditLog;
import fi.avustus.organisation.OrganisationForm;
import fi.avustus.organisation.OrganisationType;
import fi.avustus.organisation.Organisations;
import fi.avustus.organisation.internal.Organisation;
import fi.avustus.security.Roles;
import fi.avustus.shared.Validator;
import fi.avustus.ui.EditPage;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/** An organisation's page: its details, editable by administrators, and its change history. */
@Route("admin/organisations")
@RolesAllowed(Roles.ADMIN)
public class OrganisationEditView extends EditPage<OrganisationForm> {

    private final transient Organisations organisations;

    public OrganisationEditView(Organisations organisations, AuditLog auditLog) {
        super(OrganisationForm.class, "organisation", OrganisationListView.class, auditLog, Organisation.class);
        this.organisations = organisations;

        TextField nameFi = fields.register("nameFi", new TextField(getTranslation("organisation.nameFi")));
        TextField nameSv = fields.register("nameSv", new TextField(getTranslation("organisation.nameSv")));
        TextField businessId = fields.register("businessId", new TextField(getTranslation("organisation.businessId")));
        businessId.setHelperText(getTranslation("organisation.businessId.help"));
        ComboBox<OrganisationType> type = fields.register("type", new ComboBox<>(getTranslation("organisation.type")));
        type.setItems(OrganisationType.values());
        type.setItemLabelGenerator(value -> getTranslation("organisation.type." + value));
        TextField region = fields.register("region", new TextField(getTranslation("organisation.region")));
        for (TextField field : new TextField[] {nameFi, nameSv, region}) {
            field.setMaxLength(Validator.NAME_MAX);
        }
        nameFi.setRequiredIndicatorVisible(true);
        nameSv.setRequiredIndicatorVisible(true);
        businessId.setRequiredIndicatorVisible(true);
        type.setRequiredIndicatorVisible(true);

        binder.forField(nameFi).bind(OrganisationForm::getNameFi, OrganisationForm::setNameFi);
        binder.forField(nameSv).bind(OrganisationForm::getNameSv, OrganisationForm::setNameSv);
        binder.forField(businessId).bind(OrganisationForm::getBusinessId, OrganisationForm::setBusinessId);
        binder.forField(type).bind(OrganisationForm::getType, OrganisationForm::setType);
        binder.forField(region).bind(OrganisationForm::getRegion, OrganisationForm::setRegion);
        form.add(nameFi, nameSv, businessId, type, region);
    }

    @Override
    protected Optional<Loaded<OrganisationForm>> load(long id) {
        return organisations.find(id).map(organisation ->
                new Loaded<>(OrganisationForm.of(organisation), organisation.name(getLocale()), organisation.archived()));
    }

    @Override
    protected OrganisationForm newForm() {
        return new OrganisationForm();
    }

    @Override
    protected long create(OrganisationForm form) {
        return organisations.create(form).id();
    }

    @Override
    protected void update(long id, OrganisationForm form) {
        organisations.update(id, form);
    }

    @Override
    protected void archive(long id, boolean archived) {
        organisations.archive(id, archived);
    }

}
