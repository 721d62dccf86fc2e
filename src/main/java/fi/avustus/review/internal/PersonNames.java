package fi.avustus.review.internal;

import fi.avustus.security.UserSummary;
import fi.avustus.security.Users;
import org.springframework.stereotype.Component;

/** Presenters and decision makers by the names people know them by, not their usernames. */
@Component
public class PersonNames {

    private final Users users;

    PersonNames(Users users) {
        this.users = users;
    }

    /** The user's display name; the username itself for someone no longer in the system. */
    public String of(String username) {
        if (username == null) {
            return null;
        }
        return users.find(username).map(UserSummary::displayName).orElse(username);
    }
}
