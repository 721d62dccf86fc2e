/**
 * Grant applications: drafting (project plan, partners, objectives, activities, budget with
 * self-financing, attachments), submission while the call is open, immutable submitted versions
 * and their differences, completion, withdrawal, and the applicant's "my applications".
 * The grant-application process ({@code application.process}) drives a submitted application
 * through completeness check, assessment and decision.
 * Depends on shared, security, audit, ui, workflow, organisation, programme, review (the process
 * records assessments and decisions there) and deadline (completion requests and call closings
 * are deadlines in the registry).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "audit", "ui",
        "workflow", "organisation", "programme", "programme :: ui", "review", "review :: ui", "deadline"})
package fi.avustus.application;
