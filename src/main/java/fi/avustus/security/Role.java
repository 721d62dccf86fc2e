package fi.avustus.security;

/**
 * What a person may do. The names are also the Camunda candidate groups of BPMN user tasks,
 * so {@link Roles} repeats them as compile-time constants for annotations and process models.
 */
public enum Role {
    APPLICANT(Roles.APPLICANT),
    OFFICIAL(Roles.OFFICIAL),
    DECISION_MAKER(Roles.DECISION_MAKER),
    STEERING_GROUP(Roles.STEERING_GROUP),
    ADMIN(Roles.ADMIN);

    private final String groupId;

    Role(String groupId) {
        this.groupId = groupId;
    }

    /** The Camunda group id and Spring Security role name (without the ROLE_ prefix). */
    public String groupId() {
        return groupId;
    }

    public String authority() {
        return "ROLE_" + groupId;
    }
}
