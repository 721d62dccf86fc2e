/**
 * Reports of funded projects (väliselvitys, loppuselvitys): what was done per objective,
 * indicator values reached, a cost statement per accepted budget line within the usage
 * period, and attachments that are submitted with the report; the officials' review, and for
 * the final report a content check and a financial check that fix the accepted eligible costs. The project's reporting cycle
 * (processes/project-reporting.bpmn, in {@code report.process}) drives payments, reports,
 * reminders and the settlement of unused funds.
 * Depends on shared, security, audit, ui, workflow, organisation, programme, application (a
 * project's objectives), project, payment,
 * deadline (reports' due dates in the registry), recovery (settlement), review (the letter language) and funding (the reported use it shows).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "audit", "ui", "workflow",
        "organisation", "programme", "application", "project", "payment", "deadline", "recovery", "review", "funding"})
package fi.avustus.report;
