/**
 * Funded projects: a positive decision creates the project record (name, granted sum, usage
 * period, organisation, accepted budget lines, report due dates, contact person) that reporting,
 * payments and change requests build on; accepted change requests extend its usage period (moving
 * the report due dates that have not passed, announced by {@link fi.avustus.project.ProjectScheduleChanged}),
 * reallocate its budget and name a new contact person; reporting closes it. The project's page
 * shows its facts and the sections other modules contribute through {@link fi.avustus.project.ProjectSections}.
 * Depends on shared, security, audit, ui, review (it reacts to decisions), application (the project's
 * name and contact person), programme (calls and programmes) and organisation (names on screens).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "audit", "ui", "review",
        "application", "programme", "organisation", "deadline"})
package fi.avustus.project;
