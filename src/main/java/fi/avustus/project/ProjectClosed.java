package fi.avustus.project;

/** A project was closed at the end of its reporting: from now on nothing of it changes. */
public record ProjectClosed(long projectId, long organisationId) {
}
