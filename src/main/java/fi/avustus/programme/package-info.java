/**
 * Funding programmes and their calls for applications: budgets, periods, themes, reporting
 * rules, eligibility and assessment criteria, and the call's life from draft to published.
 * Depends on shared, security, audit, ui and organisation (funders, eligible types).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "audit", "ui", "organisation"})
package fi.avustus.programme;
