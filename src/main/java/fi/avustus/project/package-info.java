/**
 * Funded projects: a positive decision creates the project record (granted sum, usage period,
 * organisation, accepted budget lines, report due dates) that reporting, payments and change
 * requests build on. Depends on shared, security and review (it reacts to decisions).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "review", "deadline"})
package fi.avustus.project;
