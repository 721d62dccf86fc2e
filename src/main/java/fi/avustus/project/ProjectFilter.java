package fi.avustus.project;

/**
 * What the staff's project list is narrowed to; a null part means any.
 *
 * @param programmeId the programme of the projects' calls
 */
public record ProjectFilter(Long programmeId, Long callId, ProjectStatus status) {

    public static ProjectFilter all() {
        return new ProjectFilter(null, null, null);
    }
}
