/**
 * Payments of funded projects: the instalments of a decision's payment plan, created with the
 * project, approved by officials and marked paid by administrators, never more in total than the
 * granted sum; and the payment file for the finance system. Depends on shared, security, ui,
 * project (it reacts to new projects; the payments screen names and links each instalment's
 * project), review (the payment plan) and organisation (recipients).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "ui", "project", "project :: ui",
        "review", "organisation"})
package fi.avustus.payment;
