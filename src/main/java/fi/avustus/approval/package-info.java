/**
 * Steering-group approval of one version of a document (action plan, financial plan, annual
 * report or any later kind): a round in which the governing group's members vote in parallel,
 * the group's decision rule (data on the group) deciding the outcome, the chair breaking ties and
 * handling a deadline without quorum, reminders, conflicts of interest and members leaving
 * mid-round; steering-group meetings with their agenda and minutes.
 * processes/steering-group-approval.bpmn ({@link fi.avustus.approval.SteeringGroupApprovalProcess})
 * is called by the documents' own processes as a call activity; the documents are reached only
 * through the {@link fi.avustus.approval.ApprovableDocuments} beans their module provides.
 * Depends on shared, security, audit, ui, workflow, organisation and deadline (voting deadlines
 * are in the registry).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "audit", "ui",
        "workflow", "organisation", "deadline"})
package fi.avustus.approval;
