/**
 * A network's yearly documents that its steering group approves: the action plan
 * (toimintasuunnitelma: numbered action lines with objectives, activities that make up the annual
 * calendar, and indicators), the financial plan (taloussuunnitelma: income and expenses, balanced
 * or explained) and the annual report (toimintakertomus, written against the approved plans).
 * The coordinator organisation edits a draft; submitting freezes an immutable version that any
 * other can be compared with; the approved version is the year's baseline. Each document type has
 * its process ({@code actionplan.process}) that calls the steering-group approval.
 * Depends on shared, security, audit, ui, workflow, organisation and approval.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "audit", "ui", "workflow",
        "organisation", "approval", "approval :: ui"})
package fi.avustus.actionplan;
