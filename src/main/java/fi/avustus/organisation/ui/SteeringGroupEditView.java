package fi.avustus.organisation.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import fi.avustus.audit.AuditLog;
import fi.avustus.organisation.ChairRotation;
import fi.avustus.organisation.GovernedProgrammes;
import fi.avustus.organisation.MemberCategory;
import fi.avustus.organisation.NetworkSummary;
import fi.avustus.organisation.Networks;
import fi.avustus.organisation.Organisations;
import fi.avustus.organisation.SteeringGroupForm;
import fi.avustus.organisation.SteeringGroupMember;
import fi.avustus.organisation.SteeringGroups;
import fi.avustus.organisation.internal.SteeringGroup;
import fi.avustus.security.Roles;
import fi.avustus.security.Users;
import fi.avustus.shared.TranslatedName;
import fi.avustus.shared.Validator;
import fi.avustus.ui.EditPage;
import fi.avustus.ui.ListField;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A steering group's page: what it governs, its term, decision rule, chair rotation and members,
 * and who chairs it today according to the rotation as currently entered.
 */
@Route("admin/steering-groups")
@RolesAllowed(Roles.ADMIN)
public class SteeringGroupEditView extends EditPage<SteeringGroupForm> {

    private final transient SteeringGroups steeringGroups;
    private final transient Networks networks;
    private final transient Clock clock;
    private final OrganisationChoices organisations;
    private final Map<Long, TranslatedName> governedNames = new HashMap<>();
    private final ListField<MemberCategory> chairRotation;
    private final IntegerField rotationStartYear;
    private final SteeringGroupMembersField members;
    private final Paragraph chairToday = new Paragraph();

    public SteeringGroupEditView(SteeringGroups steeringGroups, Networks networks, Organisations organisations,
                                 Users users, AuditLog auditLog, Clock clock) {
        super(SteeringGroupForm.class, "steeringGroup", SteeringGroupListView.class, auditLog, SteeringGroup.class);
        this.steeringGroups = steeringGroups;
        this.networks = networks;
        this.clock = clock;
        this.organisations = new OrganisationChoices(this::getLocale, organisations);

        TextField nameFi = fields.register("nameFi", new TextField(getTranslation("steeringGroup.nameFi")));
        TextField nameSv = fields.register("nameSv", new TextField(getTranslation("steeringGroup.nameSv")));
        TextField nameEn = fields.register("nameEn", new TextField(getTranslation("steeringGroup.nameEn")));
        for (TextField field : List.of(nameFi, nameSv, nameEn)) {
            field.setMaxLength(Validator.NAME_MAX);
        }
        nameFi.setRequiredIndicatorVisible(true);
        nameSv.setRequiredIndicatorVisible(true);
        ComboBox<Long> network = fields.register("networkId", governedChooser("steeringGroup.network",
                networks.active().stream().map(summary -> remember(summary.id(), summary.name())).toList()));
        network.setHelperText(getTranslation("steeringGroup.networkOrProgramme.help"));
        Optional<List<GovernedProgrammes.Option>> programmeChoices = steeringGroups.programmeChoices();
        ComboBox<Long> programme = fields.register("programmeId", governedChooser("steeringGroup.programme",
                programmeChoices.orElse(List.of()).stream().map(option -> remember(option.id(), option.name())).toList()));
        // Without a module that offers programmes, a group can only govern a network.
        programme.setVisible(programmeChoices.isPresent());
        DatePicker termStart = fields.register("termStart", new DatePicker(getTranslation("steeringGroup.termStart")));
        DatePicker termEnd = fields.register("termEnd", new DatePicker(getTranslation("steeringGroup.termEnd")));
        termStart.setRequiredIndicatorVisible(true);
        termEnd.setRequiredIndicatorVisible(true);
        IntegerField quorum = fields.register("quorumPercent", new IntegerField(getTranslation("steeringGroup.quorumPercent")));
        quorum.setMin(0);
        quorum.setMax(100);
        quorum.setHelperText(getTranslation("steeringGroup.quorumPercent.help"));
        Checkbox chairBreaksTies = new Checkbox(getTranslation("steeringGroup.chairBreaksTies"));
        chairBreaksTies.setId("chairBreaksTies");
        Checkbox chairMayDecide = new Checkbox(getTranslation("steeringGroup.chairMayDecideWithoutQuorum"));
        chairMayDecide.setId("chairMayDecideWithoutQuorum");
        Checkbox votesSecret = new Checkbox(getTranslation("steeringGroup.votesSecretUntilVoted"));
        votesSecret.setId("votesSecretUntilVoted");
        Select<String> language = new Select<>();
        // Not "language": the layout's language switch has that id.
        language.setId("group-language");
        fields.register("language", language);
        language.setLabel(getTranslation("steeringGroup.language"));
        language.setItems("fi", "sv", "en");
        // Each language by its own name, as the user administration shows them.
        language.setItemLabelGenerator(tag -> tag == null ? "" : Locale.forLanguageTag(tag).getDisplayLanguage(Locale.forLanguageTag(tag)));
        rotationStartYear = fields.register("rotationStartYear",
                new IntegerField(getTranslation("steeringGroup.rotationStartYear")));
        rotationStartYear.setHelperText(getTranslation("steeringGroup.rotationStartYear.help"));
        chairRotation = fields.register("chairRotation", rotationField());
        members = fields.register("members", new SteeringGroupMembersField(this.organisations, users.all()));
        chairToday.setId("chair-today");

        binder.forField(nameFi).bind(SteeringGroupForm::getNameFi, SteeringGroupForm::setNameFi);
        binder.forField(nameSv).bind(SteeringGroupForm::getNameSv, SteeringGroupForm::setNameSv);
        binder.forField(nameEn).bind(SteeringGroupForm::getNameEn, SteeringGroupForm::setNameEn);
        binder.forField(network).bind(SteeringGroupForm::getNetworkId, SteeringGroupForm::setNetworkId);
        binder.forField(programme).bind(SteeringGroupForm::getProgrammeId, SteeringGroupForm::setProgrammeId);
        binder.forField(termStart).bind(SteeringGroupForm::getTermStart, SteeringGroupForm::setTermStart);
        binder.forField(termEnd).bind(SteeringGroupForm::getTermEnd, SteeringGroupForm::setTermEnd);
        binder.forField(quorum).bind(SteeringGroupForm::getQuorumPercent, SteeringGroupForm::setQuorumPercent);
        binder.forField(chairBreaksTies).bind(SteeringGroupForm::isChairBreaksTies, SteeringGroupForm::setChairBreaksTies);
        binder.forField(chairMayDecide).bind(SteeringGroupForm::isChairMayDecideWithoutQuorum,
                SteeringGroupForm::setChairMayDecideWithoutQuorum);
        binder.forField(votesSecret).bind(SteeringGroupForm::isVotesSecretUntilVoted, SteeringGroupForm::setVotesSecretUntilVoted);
        binder.forField(language).bind(SteeringGroupForm::getLanguage, SteeringGroupForm::setLanguage);
        binder.forField(rotationStartYear)
                .bind(SteeringGroupForm::getRotationStartYear, SteeringGroupForm::setRotationStartYear);
        binder.forField(chairRotation).bind(SteeringGroupForm::getChairRotation, SteeringGroupForm::setChairRotation);
        binder.forField(members).bind(SteeringGroupForm::getMembers, SteeringGroupForm::setMembers);
        chairRotation.addValueChangeListener(change -> showChairToday());
        rotationStartYear.addValueChangeListener(change -> showChairToday());
        members.addValueChangeListener(change -> showChairToday());

        form.add(nameFi, nameSv, nameEn, network, programme, termStart, termEnd, language, quorum, chairBreaksTies,
                chairMayDecide, votesSecret);
        form.add(rotationStartYear, chairRotation, chairToday);
        form.add(members, 2);
    }

    private Long remember(long id, TranslatedName name) {
        governedNames.put(id, name);
        return id;
    }

    private ComboBox<Long> governedChooser(String labelKey, List<Long> ids) {
        ComboBox<Long> chooser = new ComboBox<>(getTranslation(labelKey));
        chooser.setItems(ids);
        chooser.setItemLabelGenerator(id -> governedNames.containsKey(id) ? governedNames.get(id).in(getLocale()) : "#" + id);
        chooser.setClearButtonVisible(true);
        return chooser;
    }

    private ListField<MemberCategory> rotationField() {
        ListField<MemberCategory> rotation = new ListField<>("chairRotation",
                getTranslation("steeringGroup.chairRotation"), category -> category);
        rotation.getGrid().addColumn(category -> getTranslation("memberCategory." + category)).setKey("category")
                .setHeader(getTranslation("steeringGroup.member.category"));
        Select<MemberCategory> category = new Select<>();
        category.setId("rotation-category");
        category.setAriaLabel(getTranslation("steeringGroup.chairRotation"));
        category.setItems(MemberCategory.values());
        category.setItemLabelGenerator(value -> value == null ? "" : getTranslation("memberCategory." + value));
        rotation.setInputs(() -> Optional.ofNullable(category.getValue()), category::clear, category);
        return rotation;
    }

    /** From the fields, not the saved group, so that the administrator sees the effect of a change at once. */
    private void showChairToday() {
        LocalDate today = LocalDate.now(clock);
        if (rotationStartYear.getValue() == null || chairRotation.getValue().isEmpty()) {
            chairToday.setText(getTranslation("steeringGroup.chair.noRotation"));
            return;
        }
        ChairRotation rotation = new ChairRotation(chairRotation.getValue(), rotationStartYear.getValue());
        MemberCategory category = rotation.categoryOn(today).orElseThrow();
        String categoryName = getTranslation("memberCategory." + category);
        Optional<SteeringGroupMember> chair = rotation.chairOn(today, members.getValue());
        chairToday.setText(chair
                .map(member -> getTranslation("steeringGroup.chair.today", member.personName(), categoryName,
                        organisations.name(member.organisationId())))
                .orElseGet(() -> getTranslation("steeringGroup.chair.vacant", categoryName)));
    }

    @Override
    protected void afterLoad(SteeringGroupForm form) {
        showChairToday();
    }

    @Override
    protected Optional<Loaded<SteeringGroupForm>> load(long id) {
        return steeringGroups.find(id).map(group -> {
            organisations.include(group.members().stream().map(SteeringGroupMember::organisationId).toList());
            if (group.networkId() != null && !governedNames.containsKey(group.networkId())) {
                networks.find(group.networkId()).ifPresent(network -> remember(network.id(), network.name()));
            }
            return new Loaded<>(SteeringGroupForm.of(group), group.name(getLocale()), group.archived());
        });
    }

    @Override
    protected SteeringGroupForm newForm() {
        SteeringGroupForm form = new SteeringGroupForm();
        form.setRotationStartYear(LocalDate.now(clock).getYear());
        return form;
    }

    @Override
    protected long create(SteeringGroupForm form) {
        return steeringGroups.create(form).id();
    }

    @Override
    protected void update(long id, SteeringGroupForm form) {
        steeringGroups.update(id, form);
    }

    @Override
    protected void archive(long id, boolean archived) {
        steeringGroups.archive(id, archived);
    }
}
