package fi.avustus.security;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** The editable fields of a user; the password is set only when not blank. */
public class UserForm {

    private String username = "";
    private String displayName = "";
    private String email = "";
    private String password = "";
    private String locale = "fi";
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private Set<Long> organisationIds = new HashSet<>();
    private boolean active = true;
    private long version;

    public static UserForm of(UserSummary user) {
        UserForm form = new UserForm();
        form.username = user.username();
        form.displayName = user.displayName();
        form.email = user.email() == null ? "" : user.email();
        form.locale = user.locale();
        form.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
        form.organisationIds = new HashSet<>(user.organisationIds());
        form.active = user.active();
        form.version = user.version();
        return form;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    public Set<Long> getOrganisationIds() {
        return organisationIds;
    }

    public void setOrganisationIds(Set<Long> organisationIds) {
        this.organisationIds = organisationIds;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
