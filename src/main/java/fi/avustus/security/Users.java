package fi.avustus.security;

import fi.avustus.security.internal.DemoPassword;
import fi.avustus.security.internal.UserAccount;
import fi.avustus.security.internal.UserAccountRepository;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Validator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The user directory: who can log in, in which roles, for which organisations. */
@Service
@Transactional(readOnly = true)
public class Users {

    public static final Set<String> LOCALES = Set.of("fi", "sv", "en");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,49}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int PASSWORD_MIN = 8;
    /** BCrypt reads no further, and Spring Security's encoder refuses a longer password with an exception. */
    private static final int PASSWORD_MAX_BYTES = 72;

    private final UserAccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final DemoPassword demoPassword;
    private final OrganisationRegister organisations;

    Users(UserAccountRepository repository, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
          DemoPassword demoPassword, OrganisationRegister organisations) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.demoPassword = demoPassword;
        this.organisations = organisations;
    }

    /**
     * The entity whose change history is a user's history. Screens outside this module show that
     * history through the audit module, and must not import the entity itself.
     */
    public static Class<?> auditedType() {
        return UserAccount.class;
    }

    public Optional<UserSummary> find(String username) {
        return repository.findByUsername(username).map(Users::summary);
    }

    public Optional<UserSummary> find(long id) {
        return repository.findById(id).map(Users::summary);
    }

    public List<UserSummary> all() {
        return repository.findAll().stream().map(Users::summary).toList();
    }

    /** Active users in a role, e.g. the officials a reviewer is chosen from; for staff. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL', 'DECISION_MAKER')")
    public List<UserSummary> withRole(Role role) {
        return repository.activeInRole(role).stream().map(Users::summary).toList();
    }

    /** Active users in a role acting for an organisation, e.g. whom to tell about its application; system work only. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<UserSummary> withRoleIn(Role role, long organisationId) {
        return repository.activeInRoleOf(role, organisationId).stream().map(Users::summary).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Page<UserSummary> search(String search, boolean archived, Pageable pageable) {
        return repository.search(search == null ? "" : search.strip(), archived, pageable).map(Users::summary);
    }

    /** Creates a user; used by administrators and by the demo data. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary create(UserForm form) {
        Validator validator = validate(form);
        validator.check(form.getPassword() != null && form.getPassword().length() >= PASSWORD_MIN,
                "password", "user.passwordTooShort", PASSWORD_MIN);
        checkNotPublished(validator, form.getPassword());
        checkPasswordLength(form.getPassword(), validator);
        if (!validator.hasViolations() && repository.existsByUsername(form.getUsername())) {
            validator.reject("username", "user.usernameTaken");
        }
        validator.throwIfInvalid();
        UserAccount account = new UserAccount(form.getUsername(), passwordEncoder.encode(form.getPassword()));
        apply(form, account);
        UserAccount saved = repository.saveAndFlush(account);
        events.publishEvent(new UserChanged(saved.getUsername()));
        return summary(saved);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary update(long id, UserForm form) {
        UserAccount account = repository.findById(id).orElseThrow(() -> new DomainException("notFound"));
        account.requireVersion(form.getVersion());
        Validator validator = validate(form);
        validator.check(form.getUsername().equals(account.getUsername()), "username", "user.usernameFixed");
        boolean newPassword = form.getPassword() != null && !form.getPassword().isEmpty();
        validator.check(!newPassword || form.getPassword().length() >= PASSWORD_MIN,
                "password", "user.passwordTooShort", PASSWORD_MIN);
        checkNotPublished(validator, form.getPassword());
        checkPasswordLength(form.getPassword(), validator);
        validator.throwIfInvalid();
        apply(form, account);
        if (newPassword) {
            account.setPasswordHash(passwordEncoder.encode(form.getPassword()));
        }
        UserAccount saved = repository.saveAndFlush(account);
        events.publishEvent(new UserChanged(saved.getUsername()));
        return summary(saved);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void archive(long id, boolean archived) {
        UserAccount account = repository.findById(id).orElseThrow(() -> new DomainException("notFound"));
        account.setArchived(archived);
        account.setActive(!archived);
        events.publishEvent(new UserChanged(account.getUsername()));
    }

    /** A user changes their own language; remembered for the next login. Nobody else's but an administrator's work. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN') or (isAuthenticated() and #username == authentication.name)")
    public void changeLocale(String username, String locale) {
        if (!LOCALES.contains(locale)) {
            throw new DomainException("user.unknownLocale", locale);
        }
        repository.findByUsername(username).ifPresent(account -> account.setLocale(locale));
    }

    /** The demo users' published password would open the account to anyone, and stop the next production start. */
    private void checkNotPublished(Validator validator, String password) {
        validator.check(!demoPassword.forbids(password), "password", "user.passwordPublished");
    }

    private static void checkPasswordLength(String password, Validator validator) {
        validator.check(password == null || password.getBytes(StandardCharsets.UTF_8).length <= PASSWORD_MAX_BYTES,
                "password", "user.passwordTooLong", PASSWORD_MAX_BYTES);
    }

    private Validator validate(UserForm form) {
        Validator validator = new Validator()
                .required("username", form.getUsername())
                .requiredText("displayName", form.getDisplayName(), Validator.NAME_MAX)
                .maxLength("email", form.getEmail(), Validator.NAME_MAX)
                .check(form.getRoles() != null && !form.getRoles().isEmpty(), "roles", "user.roleRequired")
                .check(LOCALES.contains(form.getLocale()), "locale", "user.unknownLocale", form.getLocale());
        if (form.getUsername() != null && !form.getUsername().isBlank()) {
            validator.check(USERNAME.matcher(form.getUsername()).matches(), "username", "user.usernameFormat");
        }
        if (form.getEmail() != null && !form.getEmail().isBlank()) {
            validator.check(EMAIL.matcher(form.getEmail()).matches(), "email", "user.emailFormat");
        }
        boolean applicant = form.getRoles() != null && form.getRoles().contains(Role.APPLICANT);
        validator.check(!applicant || !form.getOrganisationIds().isEmpty(), "organisationIds",
                "user.applicantNeedsOrganisation");
        if (form.getOrganisationIds() != null && !form.getOrganisationIds().isEmpty()) {
            Set<Long> unknown = organisations.unknown(form.getOrganisationIds());
            validator.check(unknown.isEmpty(), "organisationIds", "user.unknownOrganisation",
                    unknown.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        return validator;
    }

    private static void apply(UserForm form, UserAccount account) {
        account.setDisplayName(form.getDisplayName().strip());
        account.setEmail(form.getEmail() == null || form.getEmail().isBlank() ? null : form.getEmail().strip());
        account.setLocale(form.getLocale());
        account.setRoles(form.getRoles());
        account.setOrganisationIds(form.getOrganisationIds());
        account.setActive(form.isActive());
    }

    static UserSummary summary(UserAccount account) {
        return new UserSummary(account.getId(), account.getUsername(), account.getDisplayName(), account.getEmail(),
                account.getLocale(), Set.copyOf(account.getRoles()), Set.copyOf(account.getOrganisationIds()),
                account.isActive(), account.isArchived(), account.getVersion());
    }
}
