package fi.avustus.project;

/**
 * What a list of other modules' rows (instalments, claims) shows of each row's project.
 *
 * @param name the application's project name, null for a project without one
 */
public record ProjectName(long projectId, String name) {
}
