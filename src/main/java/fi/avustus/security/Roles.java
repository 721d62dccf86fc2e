package fi.avustus.security;

/** Role names as constants, for {@code @RolesAllowed} and BPMN candidate groups. */
public final class Roles {

    public static final String APPLICANT = "APPLICANT";
    public static final String OFFICIAL = "OFFICIAL";
    public static final String DECISION_MAKER = "DECISION_MAKER";
    public static final String STEERING_GROUP = "STEERING_GROUP";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
