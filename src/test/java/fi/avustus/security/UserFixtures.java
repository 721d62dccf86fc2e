package fi.avustus.security;

import java.util.EnumSet;

/** Users of a test's own, so that what a test does to them (tokens, disabling) touches no one else. */
public final class UserFixtures {

    public static final String PASSWORD = "salasana123";

    private UserFixtures() {
    }

    /** A new active user in one role that needs no organisation (not an applicant), made by the system. */
    public static UserSummary create(Users users, String prefix, Role role) {
        UserForm form = new UserForm();
        form.setUsername(prefix + "." + System.nanoTime() % 1_000_000_000L);
        form.setDisplayName("Testi " + prefix);
        form.setPassword(PASSWORD);
        form.setRoles(EnumSet.of(role));
        return SystemUser.call(() -> users.create(form));
    }
}
