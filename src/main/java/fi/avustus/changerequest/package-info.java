/**
 * Change requests (muutoshakemus) of funded projects: an applicant asks for a later end of the
 * usage period, a reallocation between the accepted budget lines, or a new contact person, with a
 * justification. Reallocations within the programme's threshold and contact changes are accepted
 * and applied at once (logged); everything else goes to an official in processes/change-request.bpmn
 * ({@link fi.avustus.changerequest.ChangeRequestProcess}): accept, accept with changes or reject,
 * then the change is applied to the project and a decision letter written. The requests show on
 * the project's page through {@link fi.avustus.project.ProjectSections}.
 * Depends on shared, security, ui, workflow, organisation, programme, review (the letter's style
 * and the grant's decision) and project (the changes themselves, and the project's page).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "ui", "workflow",
        "organisation", "programme", "review", "project", "project :: ui"})
package fi.avustus.changerequest;
