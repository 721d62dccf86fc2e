/**
 * Assessments and decisions of grant applications: reviewers' scores on the call's criteria
 * with a conflict-of-interest declaration, the presenter's decision proposal, the decision
 * maker's approval (never the presenter: four eyes), and the decision letter as a PDF in the
 * applicant's language. Depends on shared, security, audit, ui, organisation and programme; the
 * grant-application process (in the application module) calls this module, never the reverse.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "audit", "ui",
        "organisation", "programme"})
package fi.avustus.review;
