/**
 * Assessments and decisions of grant applications: reviewers' scores on the call's criteria
 * with a conflict-of-interest declaration, the presenter's decision proposal, the decision
 * maker's approval (never the presenter: four eyes), and the decision letter as a PDF in the
 * applicant's language. Depends on shared, security, organisation, programme and application.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "audit", "ui",
        "organisation", "programme", "application"})
package fi.avustus.review;
