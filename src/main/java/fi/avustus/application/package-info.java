/**
 * Grant applications: drafting (project plan, partners, objectives, activities, budget with
 * self-financing, attachments), submission while the call is open, immutable submitted versions
 * and their differences, completion, withdrawal, and the applicant's "my applications".
 * The grant-application process ({@code application.process}) drives a submitted application
 * through completeness check, assessment and decision.
 * Depends on shared, security, audit, ui, organisation and programme.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "audit", "ui",
        "organisation", "programme", "programme :: ui"})
package fi.avustus.application;
