package fi.avustus.organisation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.router.Route;
import fi.avustus.audit.AuditLog;
import fi.avustus.organisation.NetworkForm;
import fi.avustus.organisation.NetworkMember;
import fi.avustus.organisation.NetworkRole;
import fi.avustus.organisation.Networks;
import fi.avustus.organisation.Organisations;
import fi.avustus.organisation.internal.Network;
import fi.avustus.security.Roles;
import fi.avustus.shared.Validator;
import fi.avustus.ui.EditPage;
import fi.avustus.ui.ListField;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/** A network's page: names, coordinator, description, keywords and member organisations with their roles. */
@Route("admin/networks")
@RolesAllowed(Roles.ADMIN)
public class NetworkEditView extends EditPage<NetworkForm> {

    private final transient Networks networks;
    private final OrganisationChoices organisations;

    public NetworkEditView(Networks networks, Organisations organisations, AuditLog auditLog) {
        super(NetworkForm.class, "network", NetworkListView.class, auditLog, Network.class);
        this.networks = networks;
        this.organisations = new OrganisationChoices(this::getLocale, organisations);

        TextField nameFi = fields.register("nameFi", new TextField(getTranslation("network.nameFi")));
        TextField nameSv = fields.register("nameSv", new TextField(getTranslation("network.nameSv")));
        TextField nameEn = fields.register("nameEn", new TextField(getTranslation("network.nameEn")));
        for (TextField field : List.of(nameFi, nameSv, nameEn)) {
            field.setMaxLength(Validator.NAME_MAX);
        }
        nameFi.setRequiredIndicatorVisible(true);
        nameSv.setRequiredIndicatorVisible(true);
        ComboBox<Long> coordinator = fields.register("coordinatorId",
                this.organisations.comboBox(getTranslation("network.coordinator")));
        coordinator.setRequiredIndicatorVisible(true);
        coordinator.setHelperText(getTranslation("network.coordinator.help"));
        TextField keywords = fields.register("keywords", new TextField(getTranslation("network.keywords")));
        keywords.setHelperText(getTranslation("network.keywords.help"));
        TextArea description = fields.register("description", new TextArea(getTranslation("network.description")));
        description.setMaxLength(Validator.TEXT_MAX);
        ListField<NetworkMember> members = fields.register("members", membersField());

        binder.forField(nameFi).bind(NetworkForm::getNameFi, NetworkForm::setNameFi);
        binder.forField(nameSv).bind(NetworkForm::getNameSv, NetworkForm::setNameSv);
        binder.forField(nameEn).bind(NetworkForm::getNameEn, NetworkForm::setNameEn);
        binder.forField(coordinator).bind(NetworkForm::getCoordinatorId, NetworkForm::setCoordinatorId);
        binder.forField(keywords)
                .withConverter(Converter.<String, List<String>>from(text -> Result.ok(Networks.keywords(text)),
                        list -> String.join(", ", list)))
                .bind(NetworkForm::getKeywords, NetworkForm::setKeywords);
        binder.forField(description).bind(NetworkForm::getDescription, NetworkForm::setDescription);
        binder.forField(members).bind(NetworkForm::getMembers, NetworkForm::setMembers);
        form.add(nameFi, nameSv, nameEn, coordinator, keywords);
        form.add(description, 2);
        form.add(members, 2);
    }

    private ListField<NetworkMember> membersField() {
        ListField<NetworkMember> members = new ListField<>("members", getTranslation("network.members"),
                NetworkMember::organisationId);
        members.getGrid().addColumn(member -> organisations.name(member.organisationId())).setKey("organisation")
                .setHeader(getTranslation("network.member.organisation")).setFlexGrow(3);
        members.getGrid().addColumn(member -> getTranslation("network.role." + member.role())).setKey("role")
                .setHeader(getTranslation("network.member.role"));
        ComboBox<Long> organisation = organisations.comboBox(getTranslation("network.member.organisation"));
        organisation.setId("member-organisation");
        organisation.setMinWidth("20em");
        Select<NetworkRole> role = new Select<>();
        role.setId("member-role");
        role.setLabel(getTranslation("network.member.role"));
        role.setItems(NetworkRole.values());
        role.setItemLabelGenerator(value -> getTranslation("network.role." + value));
        role.setValue(NetworkRole.MEMBER);
        members.setInputs(() -> {
            organisation.setInvalid(organisation.isEmpty());
            organisation.setErrorMessage(getTranslation("validation.required"));
            return organisation.isEmpty() ? Optional.empty()
                    : Optional.of(new NetworkMember(organisation.getValue(), role.getValue()));
        }, () -> {
            organisation.clear();
            role.setValue(NetworkRole.MEMBER);
        }, organisation, role);
        return members;
    }

    @Override
    protected Optional<Loaded<NetworkForm>> load(long id) {
        return networks.find(id).map(network -> {
            organisations.include(network.members().stream().map(NetworkMember::organisationId).toList());
            return new Loaded<>(NetworkForm.of(network), network.name(getLocale()), network.archived());
        });
    }

    @Override
    protected NetworkForm newForm() {
        return new NetworkForm();
    }

    @Override
    protected long create(NetworkForm form) {
        return networks.create(form).id();
    }

    @Override
    protected void update(long id, NetworkForm form) {
        networks.update(id, form);
    }

    @Override
    protected void archive(long id, boolean archived) {
        networks.archive(id, archived);
    }
}
