/**
 * Funding use for administrators and officials: per programme, network and project, what was
 * granted, paid and reported spent, what remains, how much of the usage period has passed against
 * how much of the grant is spent, and a forecast of funds that will go unused; indicator actuals
 * summed up the same levels. Spending and indicators come from reports through {@link
 * fi.avustus.funding.ReportedUse}, which the reporting module implements (it depends on this module,
 * never the reverse). Depends on shared, security, ui, project, payment, programme and organisation.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "ui", "project", "payment",
        "programme", "organisation"})
package fi.avustus.funding;
