package fi.avustus.organisation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fi.avustus.organisation.MemberCategory;
import fi.avustus.organisation.SteeringGroupMember;
import fi.avustus.security.UserSummary;
import fi.avustus.shared.Validator;
import fi.avustus.ui.ListField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The members of a steering group: person, optional e-mail and login, the organisation they
 * represent and their category. A person is listed once; the order decides who chairs when
 * several members share the category in turn.
 */
class SteeringGroupMembersField extends ListField<SteeringGroupMember> {

    private final Map<Long, UserSummary> logins = new LinkedHashMap<>();

    SteeringGroupMembersField(OrganisationChoices organisations, List<UserSummary> users) {
        super("members", "", member -> member.personName().strip().toLowerCase(Locale.ROOT));
        setLabel(getTranslation("steeringGroup.members"));
        users.forEach(user -> logins.put(user.id(), user));
        getGrid().addColumn(SteeringGroupMember::personName).setKey("person")
                .setHeader(getTranslation("steeringGroup.member.person")).setFlexGrow(2);
        getGrid().addColumn(member -> organisations.name(member.organisationId())).setKey("organisation")
                .setHeader(getTranslation("steeringGroup.member.organisation")).setFlexGrow(2);
        getGrid().addColumn(member -> getTranslation("memberCategory." + member.category())).setKey("category")
                .setHeader(getTranslation("steeringGroup.member.category")).setFlexGrow(2);
        getGrid().addColumn(SteeringGroupMember::email).setKey("email")
                .setHeader(getTranslation("steeringGroup.member.email")).setFlexGrow(2);
        getGrid().addColumn(member -> login(member.userId())).setKey("login")
                .setHeader(getTranslation("steeringGroup.member.login"));

        TextField person = new TextField(getTranslation("steeringGroup.member.person"));
        person.setId("member-person");
        person.setMaxLength(Validator.NAME_MAX);
        TextField email = new TextField(getTranslation("steeringGroup.member.email"));
        email.setId("member-email");
        email.setMaxLength(Validator.NAME_MAX);
        ComboBox<Long> login = new ComboBox<>(getTranslation("steeringGroup.member.login"));
        login.setId("member-login");
        login.setItems(users.stream().filter(user -> user.active() && !user.archived()).map(UserSummary::id).toList());
        login.setItemLabelGenerator(this::login);
        login.setClearButtonVisible(true);
        login.setHelperText(getTranslation("steeringGroup.member.login.help"));
        // Choosing a login fills in the person's name and e-mail when they are still empty.
        login.addValueChangeListener(change -> Optional.ofNullable(change.getValue()).map(logins::get).ifPresent(user -> {
            if (person.isEmpty()) {
                person.setValue(user.displayName());
            }
            if (email.isEmpty() && user.email() != null) {
                email.setValue(user.email());
            }
        }));
        ComboBox<Long> organisation = organisations.comboBox(getTranslation("steeringGroup.member.organisation"));
        organisation.setId("member-organisation");
        Select<MemberCategory> category = new Select<>();
        category.setId("member-category");
        category.setLabel(getTranslation("steeringGroup.member.category"));
        category.setItems(MemberCategory.values());
        category.setItemLabelGenerator(value -> value == null ? "" : getTranslation("memberCategory." + value));

        setInputs(() -> {
            String required = getTranslation("validation.required");
            person.setErrorMessage(required);
            person.setInvalid(person.getValue().isBlank());
            organisation.setErrorMessage(required);
            organisation.setInvalid(organisation.isEmpty());
            category.setErrorMessage(required);
            category.setInvalid(category.isEmpty());
            if (person.isInvalid() || organisation.isInvalid() || category.isInvalid()) {
                return Optional.empty();
            }
            return Optional.of(new SteeringGroupMember(person.getValue().strip(),
                    email.getValue().isBlank() ? null : email.getValue().strip(), login.getValue(),
                    organisation.getValue(), category.getValue()));
        }, () -> {
            person.clear();
            email.clear();
            login.clear();
            organisation.clear();
            category.clear();
        }, person, email, login, organisation, category);
    }

    private String login(Long userId) {
        if (userId == null) {
            return "";
        }
        UserSummary user = logins.get(userId);
        return user == null ? "#" + userId : user.displayName() + " (" + user.username() + ")";
    }
}
