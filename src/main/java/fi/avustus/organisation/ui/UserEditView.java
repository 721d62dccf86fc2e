package fi.avustus.organisation.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import fi.avustus.audit.AuditLog;
import fi.avustus.organisation.Organisations;
import fi.avustus.security.AccessTokens;
import fi.avustus.security.Role;
import fi.avustus.security.Roles;
import fi.avustus.security.UserForm;
import fi.avustus.security.Users;
import fi.avustus.shared.Validator;
import fi.avustus.ui.EditPage;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A user's page: login, contact details, language, roles and the organisations they act for; and
 * their personal access tokens, which an administrator can revoke.
 */
@Route("admin/users")
@RolesAllowed(Roles.ADMIN)
public class UserEditView extends EditPage<UserForm> {

    private final transient Users users;
    private final OrganisationChoices organisations;
    private final TextField username;
    private final PasswordField password;
    private final MultiSelectComboBox<Long> organisationIds;
    private final AccessTokenGrid tokenList;
    private final Div tokenSection;

    public UserEditView(Users users, Organisations organisations, AccessTokens tokens, AuditLog auditLog) {
        super(UserForm.class, "user", UserListView.class, auditLog, Users.auditedType());
        this.users = users;
        this.organisations = new OrganisationChoices(this::getLocale, organisations);

        username = fields.register("username", new TextField(getTranslation("user.username")));
        username.setRequiredIndicatorVisible(true);
        username.setHelperText(getTranslation("user.username.help"));
        TextField displayName = fields.register("displayName", new TextField(getTranslation("user.displayName")));
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(Validator.NAME_MAX);
        TextField email = fields.register("email", new TextField(getTranslation("user.email")));
        email.setMaxLength(Validator.NAME_MAX);
        password = fields.register("password", new PasswordField(getTranslation("user.password")));
        Select<String> locale = fields.register("locale", new Select<>());
        locale.setLabel(getTranslation("user.locale"));
        locale.setItems("fi", "sv", "en");
        // Each language is named in itself, as language menus usually are.
        locale.setItemLabelGenerator(tag -> tag == null ? "" : Locale.forLanguageTag(tag).getDisplayLanguage(Locale.forLanguageTag(tag)));
        CheckboxGroup<Role> roles = fields.register("roles", new CheckboxGroup<>(getTranslation("user.roles")));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role));
        roles.setRequiredIndicatorVisible(true);
        organisationIds = fields.register("organisationIds", new MultiSelectComboBox<>(getTranslation("user.organisations")));
        organisationIds.setHelperText(getTranslation("user.organisations.help"));
        this.organisations.offer(organisationIds, List.of());
        Checkbox active = new Checkbox(getTranslation("user.active"));
        active.setId("active");

        binder.forField(username).bind(UserForm::getUsername, UserForm::setUsername);
        binder.forField(displayName).bind(UserForm::getDisplayName, UserForm::setDisplayName);
        binder.forField(email).bind(UserForm::getEmail, UserForm::setEmail);
        binder.forField(password).bind(UserForm::getPassword, UserForm::setPassword);
        binder.forField(locale).bind(UserForm::getLocale, UserForm::setLocale);
        binder.forField(roles).bind(form -> form.getRoles(),
                (form, value) -> form.setRoles(value.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(value)));
        binder.forField(organisationIds).bind(form -> form.getOrganisationIds(),
                (form, value) -> form.setOrganisationIds(new HashSet<>(value)));
        binder.forField(active).bind(UserForm::isActive, UserForm::setActive);
        form.add(username, displayName, email, password, locale, active);
        form.add(roles, 2);
        form.add(organisationIds, 2);

        // The user's personal access tokens, which an administrator can revoke, e.g. when one has leaked.
        tokenList = new AccessTokenGrid(tokens, () -> entityId() == null ? List.of() : tokens.ofUser(entityId()),
                "token.noneOfUser");
        tokenSection = new Div(new H3(getTranslation("token.title")), tokenList);
        tokenSection.setId("user-tokens");
        tokenSection.setWidthFull();
        add(tokenSection);
    }

    @Override
    protected void afterLoad(UserForm form) {
        // The username is the login and the process engine's identity; it is fixed once created.
        username.setReadOnly(entityId() != null);
        password.setHelperText(getTranslation(entityId() == null ? "user.password.help" : "user.password.keep"));
        password.setRequiredIndicatorVisible(entityId() == null);
        tokenSection.setVisible(entityId() != null);
        tokenList.refresh();
    }

    @Override
    protected Optional<Loaded<UserForm>> load(long id) {
        return users.find(id).map(user -> {
            // Offer the user's own organisations even when archived, so saving does not drop them.
            organisations.offer(organisationIds, user.organisationIds());
            return new Loaded<>(UserForm.of(user), user.displayName(), user.archived());
        });
    }

    @Override
    protected UserForm newForm() {
        return new UserForm();
    }

    @Override
    protected long create(UserForm form) {
        return users.create(form).id();
    }

    @Override
    protected void update(long id, UserForm form) {
        users.update(id, form);
    }

    @Override
    protected void archive(long id, boolean archived) {
        users.archive(id, archived);
    }
}
