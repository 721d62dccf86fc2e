package fi.avustus.project;

/**
 * The project's contact person, whom the funder asks about the project. Blank parts are stored
 * as null, so "no phone" reads the same whichever way it was typed.
 */
public record ProjectContact(String name, String email, String phone) {

    public static final ProjectContact NONE = new ProjectContact(null, null, null);

    public ProjectContact {
        name = stripped(name);
        email = stripped(email);
        phone = stripped(phone);
    }

    public boolean isEmpty() {
        return name == null && email == null && phone == null;
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
